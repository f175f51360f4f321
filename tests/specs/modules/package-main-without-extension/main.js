const path = require('path');
console.log(require('./pkg'));
console.log(path.relative(__dirname, require.resolve('./pkg')));
