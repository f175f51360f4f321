const esm = require('./esm.js');
console.log(esm, esm.value);
const cjs = require('./cjs.js');
console.log(cjs);
