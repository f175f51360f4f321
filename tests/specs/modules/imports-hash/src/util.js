module.exports = 'src/util.js';
