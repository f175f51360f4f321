const w = require('path').win32;
for (const p of ['C:\\', 'C:', 'C:foo', 'C:\\foo\\', 'C:\\foo\\bar.txt', '\\\\s\\sh', '\\\\s\\sh\\x', '\\\\s\\sh\\x\\y', 'a/b\\c.d', 'C:.x', '\\']) {
  console.log(JSON.stringify(p), JSON.stringify(w.dirname(p)), JSON.stringify(w.basename(p)), JSON.stringify(w.extname(p)));
}
console.log(w.basename('C:\\foo.HTML', '.html'), w.basename('C:\\foo.html', '.html'), w.basename('aaa\\bbb', 'bbb'));
