module.exports = 'index.js fallback';
