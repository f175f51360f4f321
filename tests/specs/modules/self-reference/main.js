console.log(require('self-pkg'));
console.log(require('self-pkg/feature'));
console.log(require('./lib/inner').viaSelf);
try { require('self-pkg/private'); } catch (e) { console.log(e.code); }
