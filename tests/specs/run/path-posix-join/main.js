const path = require('path');
const inputs = [[], [''], ['', ''], ['a', '', 'b'], ['/', 'a'], ['a', '/b'], ['a/', '/b/'], ['.', '..'],
  ['/a', '../..', 'b'], ['a', '..', '..', 'b'], ['//a', 'b'], ['a', './'], ['', '/'], ['', '..']];
for (const args of inputs) console.log(JSON.stringify(args), '->', JSON.stringify(path.posix.join(...args)));
