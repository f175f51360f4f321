const path = require('path');
console.log(__filename === path.join(__dirname, 'main.js'));
console.log(path.basename(__filename), path.basename(__dirname));
console.log(__filename === module.filename);
const sub = require('./sub/file');
console.log(path.relative(__dirname, sub.f), path.relative(__dirname, sub.d));
console.log(typeof exports, exports === module.exports, this === module.exports);
