const path = require('path');
console.log(require('./pkg'));
console.log(path.relative(__dirname, require.resolve('./pkg')));
console.log(require('./pkg-empty-main'));
