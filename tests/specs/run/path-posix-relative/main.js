const path = require('path');
const pairs = [['/a/b', '/a/b'], ['/a/b', '/a/b/c'], ['/a/b/c', '/a/b'], ['/a/bc', '/a/b'], ['/a/b', '/a/bc'],
  ['/', '/a'], ['/a', '/'], ['/a/b/c', '/d/e'], ['/a/./b', '/a/b/../c'], ['/foo/bar/baz', '/foo/bar/baz-quux']];
for (const [from, to] of pairs) console.log(`${from} -> ${to}:`, JSON.stringify(path.posix.relative(from, to)));
