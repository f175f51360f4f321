console.log(require('dup'));
console.log(require('./sub/inner'));
