const path = require('path');
console.log(process.argv.length);
console.log(process.argv[0] === process.execPath, path.isAbsolute(process.argv[0]));
console.log(process.argv[1] === __filename);
console.log(process.argv.slice(2));
