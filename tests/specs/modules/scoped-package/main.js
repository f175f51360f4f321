const path = require('path');
console.log(require('@scope/pkg'));
console.log(require('@scope/pkg/extra'));
console.log(require('@scope/pkg/package.json').name);
console.log(path.relative(__dirname, require.resolve('@scope/pkg')));
try { require('@scope'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
