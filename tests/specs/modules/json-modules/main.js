const data = require('./data.json');
console.log(data);
console.log(require('./data.json') === data, require('./data') === data);
console.log(require('./array.json'), require('./string.json'), require('./null.json'));
data.mutated = true;
console.log(require('./data.json').mutated);
console.log(require('./dir-with-json'));
