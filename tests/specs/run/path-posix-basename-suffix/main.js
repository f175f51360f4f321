const path = require('path');
const inputs = [['/a/b.js'], ['/a/b.js', '.js'], ['/a/b.js/', '.js'], ['b.js', 'b.js'], ['/b.js', 'b.js'],
  ['/a/b.js', 'js'], ['/a/b.js', '.ts'], ['///'], ['//', 'x'], ['a/', ''], ['/a/b', 'a/b'], ['aaa', 'a'], ['.js', '.js']];
for (const args of inputs) console.log(JSON.stringify(args), '->', JSON.stringify(path.posix.basename(...args)));
