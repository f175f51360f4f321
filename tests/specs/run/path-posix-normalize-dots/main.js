const path = require('path');
for (const p of ['', '.', './', '..', '../', '/..', '/../..', 'a/..', 'a/../..', './a/./b/.', '//a//b//',
  '/a/b/../../..', 'a/b/../../../c', '...', 'a/.../b', '/./', 'a//', './..', '.././a']) {
  console.log(JSON.stringify(p), '->', JSON.stringify(path.posix.normalize(p)));
}
