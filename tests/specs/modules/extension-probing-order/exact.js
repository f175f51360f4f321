module.exports = 'exact.js';
