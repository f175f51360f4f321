console.log(require('./assign-exports'));
console.log(require('./replace-module-exports'));
console.log(require('./both'));
console.log(typeof require('./function-export'), require('./function-export')());
console.log(require('./returns-value'));
console.log(require('./this-is-exports'));
