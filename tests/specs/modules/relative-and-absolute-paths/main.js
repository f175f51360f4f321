const path = require('path');
const a = require('./lib/a');
const b = require(path.join(__dirname, 'lib', 'a.js'));
const c = require(__dirname + '/lib/../lib/a');
console.log(a.name, a === b, b === c);
console.log(require('./lib/sub/up').fromParent);
console.log(Object.keys(require.cache).map((f) => path.relative(__dirname, f)).sort());
