const path = require('path');
console.log(require('pkg'));
console.log(path.relative(__dirname, require.resolve('pkg')));
try { require('pkg/other.js'); } catch (e) { console.log(e.code); console.log(e.message.replace(__dirname, '<dir>')); }
try { require('pkg/package.json'); } catch (e) { console.log(e.code); }
