console.log(require.main === module);
console.log(process.mainModule === module);
const child = require('./child');
console.log(child.isMain, child.mainIsMain);
console.log(module.id);
