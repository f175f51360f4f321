const w = require('path').win32;
console.log(w.resolve('C:\\a', 'b', '..\\c'));
console.log(w.resolve('C:\\a', 'D:b'));
console.log(w.resolve('D:\\x', 'C:y', 'd:z'));
console.log(w.resolve('C:\\', '\\\\server\\share\\f'));
console.log(w.resolve('\\\\server\\share', '..', 'x'));
console.log(w.resolve('c:/ignore', 'C:\\a\\', '/b'));
console.log(w.resolve('C:\\a\\..\\..\\..'));
console.log(w.resolve('//server/share/', 'C:', 'rel'));
