const w = require('path').win32;
const inputs = [['//server', 'share'], ['\\\\server', 'share', 'dir'], ['//', 'a'], ['///a', 'b'], ['\\', '\\a'],
  ['C:', 'a'], ['C:\\', '..', 'x'], ['a', 'C:\\b'], ['', ''], ['//server/share', '..', '..']];
for (const args of inputs) console.log(JSON.stringify(args), '->', JSON.stringify(w.join(...args)));
