module.exports = 'src/cjs.js';
