console.log(require('./bom.js'));
console.log(require('./bom.json'));
