const path = require('path');
console.log(path.posix.format({ root: '/', dir: '/home/user', base: 'f.txt', name: 'ignored', ext: '.x' }));
console.log(path.posix.format({ root: '/', name: 'file', ext: '.txt' }));
console.log(path.posix.format({ name: 'file', ext: 'txt' }));
console.log(path.posix.format({ dir: 'a', name: 'b' }));
console.log(path.posix.format({ root: '/x/' }));
console.log(path.win32.format({ root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt' }));
console.log(path.win32.format({ root: 'C:\\', name: 'x', ext: 'e' }));
console.log(JSON.stringify(path.posix.format({})));
