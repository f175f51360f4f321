const path = require('path');
const resolved = require.resolve('top-pkg');
module.exports = [require('top-pkg'), require('mid-pkg'), path.relative(path.join(__dirname, '../../..'), resolved)];
