const path = require('path');
const rel = (p) => path.relative(__dirname, p);
console.log(rel(require.resolve('./lib/a')));
console.log(rel(require.resolve('./lib')));
console.log(rel(require.resolve('pkg')));
console.log(require.resolve('fs'), require.resolve('node:fs'));
try { require.resolve('./nope'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
try { require.resolve(42); } catch (e) { console.log(e.code, e.message); }
console.log(require.resolve('./lib/a') in require.cache);
