console.log(require('pkg'));
console.log(require('pkg/sub'));
console.log(require('pkg/order'));
