const path = require('path');
console.log('app/index.js runs as main:', require.main === module);
console.log(path.relative(process.cwd(), __filename), path.relative(process.cwd(), process.argv[1]));
console.log(module.id, process.argv.slice(2));
