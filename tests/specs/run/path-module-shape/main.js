const path = require('path');
console.log(path === path.posix, path.posix.posix === path.posix, path.win32.win32 === path.win32, path.posix.win32 === path.win32);
console.log(path.sep, path.delimiter, path.win32.sep, path.win32.delimiter);
console.log(require('path/posix') === path.posix, require('node:path/win32') === path.win32, require('node:path') === path);
console.log(typeof path.format, path.format.name);
