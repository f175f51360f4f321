// fileURLToPath and pathToFileURL convert between file: URLs and POSIX paths.
const { fileURLToPath, pathToFileURL } = require('url');
console.log(fileURLToPath('file:///tmp/a%20b/%C3%A9.txt'), fileURLToPath(new URL('file://localhost/etc/hosts')));
for (const p of ['/tmp/a b/é.txt', '/tmp/100%/x', '/tmp/q?h#x', '/tmp/back\\slash', '/tmp/tab\tnl\n', '/dir/']) {
  console.log(JSON.stringify(p), pathToFileURL(p).href);
}
console.log(pathToFileURL('relative/x').href === new URL(`file://${process.cwd()}/relative/x`).href);
for (const bad of ['http://x/y', 'file://host/x', 'file:///a%2fb', 42, new URL('https://a/'), { href: 'file:///x' }]) {
  try { console.log(fileURLToPath(bad)); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { pathToFileURL(5); } catch (e) { console.log(e.code, e.message); }
