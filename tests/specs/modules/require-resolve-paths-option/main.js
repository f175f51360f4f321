const path = require('path');
const rel = (p) => path.relative(__dirname, p);
const other = path.join(__dirname, 'other');
console.log(rel(require.resolve('only-in-other', { paths: [other] })));
console.log(rel(require.resolve('./file', { paths: [other] })));
console.log(rel(require.resolve('./file', { paths: [__dirname, other] })));
console.log(rel(require.resolve('shared', { paths: [other] })));
try { require.resolve('only-in-other'); } catch (e) { console.log(e.code); }
try { require.resolve('./x', { paths: 'not-an-array' }); } catch (e) { console.log(e.code, e.message); }
console.log(rel(require.resolve('./file', {})));
