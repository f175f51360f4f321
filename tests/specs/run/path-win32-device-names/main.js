const w = require('path').win32;
for (const p of ['CON', 'CON:', 'nul:x', 'x/../NUL:', 'COM1.', 'LPT9:\\a', 'ab:', 'a/b:c', 'q\\..\\c:d', 'x\\ab:\\..']) {
  console.log(JSON.stringify(p), '->', JSON.stringify(w.normalize(p)));
}
