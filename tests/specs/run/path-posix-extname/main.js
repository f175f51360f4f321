const path = require('path');
for (const p of ['index.js', 'index.', 'index', '.index', '.index.md', 'a.b.c', '..', '...', '.a.', 'a/.b', 'a.b/', 'a.b//', '/a/..', 'file.tar.gz', 'a/b.c/d']) {
  console.log(JSON.stringify(p), '->', JSON.stringify(path.posix.extname(p)));
}
