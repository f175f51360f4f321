// A package named like a builtin is never loaded by a bare require; the builtin wins.
console.log(require('path') === require('node:path'));
console.log(require('path/') === require('node:path'));
