module.exports = 'lib/index.js';
