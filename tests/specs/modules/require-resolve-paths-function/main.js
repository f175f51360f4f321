const path = require('path');
const show = (list) => list === null ? null : list.map((p) => path.relative(__dirname, p) || '.');
const lookup = require.resolve.paths('some-pkg');
console.log(show(lookup.slice(0, 3)));
console.log(lookup.includes('/node_modules'));
console.log(lookup.slice(-1)[0] === path.resolve(process.execPath, '..', '..', 'lib', 'node'));
console.log(lookup.length === module.paths.length + require('module').globalPaths.length);
console.log(show(require.resolve.paths('./relative')));
console.log(show(require.resolve.paths('../up')));
console.log(show(require.resolve.paths('.')), show(require.resolve.paths('..')));
console.log(require.resolve.paths('fs'), require.resolve.paths('node:fs'));
try { require.resolve.paths(1); } catch (e) { console.log(e.code); }
