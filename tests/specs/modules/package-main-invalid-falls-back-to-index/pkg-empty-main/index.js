module.exports = 'empty main uses index.js';
