const w = require('path').win32;
for (const p of ['C:\\path\\dir\\file.txt', 'C:', 'C:\\', 'C:file', 'C:\\file', '\\\\server\\share', '\\\\server\\share\\f.x',
  '\\dir\\', 'file.', '\\\\?\\C:\\x']) {
  console.log(JSON.stringify(p), w.parse(p));
}
