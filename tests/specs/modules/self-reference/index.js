module.exports = 'self index';
