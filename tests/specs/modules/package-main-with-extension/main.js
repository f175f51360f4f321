const path = require('path');
console.log(require('./pkg'));
console.log(require('./pkg-json'));
console.log(path.relative(__dirname, require.resolve('./pkg')));
