console.log(process.getBuiltinModule('fs') === require('fs'));
console.log(process.getBuiltinModule('node:path') === require('path'));
console.log(process.getBuiltinModule('nope'), process.getBuiltinModule('node:nope'));
try { process.getBuiltinModule(1); } catch (e) { console.log(e.code); }
