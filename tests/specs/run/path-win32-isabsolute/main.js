const path = require('path');
for (const p of ['', '/', '\\', 'C:', 'C:\\', 'C:/', 'C:x', '//server', 'a', '.\\a', 'ab:\\']) {
  console.log(JSON.stringify(p), path.win32.isAbsolute(p), path.posix.isAbsolute(p));
}
