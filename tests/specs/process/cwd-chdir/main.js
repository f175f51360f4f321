const path = require('path');
const start = process.cwd();
console.log(start === __dirname);
process.chdir('sub');
console.log(path.relative(start, process.cwd()));
process.chdir('..');
console.log(process.cwd() === start);
process.chdir(path.join(__dirname, 'sub'));
console.log(path.basename(process.cwd()));
console.log(require('./relative-still-from-file') === 'resolved against __dirname, not cwd');
try { process.chdir(42); } catch (e) { console.log(e.code, e.message); }
