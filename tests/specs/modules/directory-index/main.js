console.log(require('./dir'));
console.log(require('./dir/'));
console.log(require('./jsondir'));
const path = require('path');
console.log(path.relative(__dirname, require.resolve('./dir')));
console.log(path.relative(__dirname, require.resolve('./jsondir')));
