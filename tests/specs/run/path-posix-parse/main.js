const path = require('path');
for (const p of ['/home/user/dir/file.txt', './file', '/', '//', '/..', '.bashrc', 'a/b/', '/a', 'x.y.z']) {
  console.log(JSON.stringify(p), path.posix.parse(p));
}
