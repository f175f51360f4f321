console.log(require('pkg'));
console.log(require('pkg/feature'));
console.log(require('pkg/package.json').name);
console.log(require('pkg/dir/'));
