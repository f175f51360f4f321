const path = require('path');
const rel = (p) => path.relative(__dirname, p);
console.log(require('pkg/features/a'));
console.log(require('pkg/features/nested/b'));
console.log(rel(require.resolve('pkg/features/a')));
console.log(require('pkg/utils/x.js'));
try { require('pkg/features/private/secret'); } catch (e) { console.log(e.code); }
