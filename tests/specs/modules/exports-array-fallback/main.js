console.log(require('pkg'));
console.log(require('pkg/b'));
