module.exports = 'index.js (must not be used)';
