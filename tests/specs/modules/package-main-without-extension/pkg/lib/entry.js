module.exports = 'lib/entry.js';
