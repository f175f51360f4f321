const w = require('path').win32;
for (const p of ['C:', 'C:.', 'C:..', 'c:/a/b/../c', 'C:\\..\\..', 'C:a\\..\\..', '\\\\server\\share', '\\\\server\\share\\',
  '//server/share/dir/..', '\\\\server', '\\\\?\\C:\\a\\..', '\\\\.\\pipe\\x', 'a\\b\\', '/a/b/', 'a/../..\\', '\\']) {
  console.log(JSON.stringify(p), '->', JSON.stringify(w.normalize(p)));
}
