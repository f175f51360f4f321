const w = require('path').win32;
for (const p of ['C:\\a\\b', 'c:/x/../y', '\\\\server\\share\\f', '\\\\?\\C:\\already', '\\\\.\\pipe\\p', '', 'C:']) {
  console.log(JSON.stringify(p), '->', JSON.stringify(w.toNamespacedPath(p)));
}
console.log(w.toNamespacedPath(5), require('path').posix.toNamespacedPath('/a/../b'), w._makeLong === w.toNamespacedPath);
