exports.before = 'set before requiring myself';
const self = require('./main.js');
console.log(self === module.exports, self.before, self.after);
exports.after = 'set after';
