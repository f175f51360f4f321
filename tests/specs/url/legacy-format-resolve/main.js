// url.format of objects and strings, url.resolve and url.resolveObject as Node does.
const url = require('url');
console.log(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } }));
console.log(url.format({ protocol: 'mailto', pathname: 'a@b.c' }), url.format({ protocol: 'file', pathname: '/x' }));
console.log(url.format({ host: 'h:1', hash: 'frag', search: 'q=1', auth: 'us er:p@ss', slashes: true }));
console.log(url.format({ hostname: '::1', port: 80, pathname: 'p#?' }));
console.log(url.format(' http://X.com/a b '), url.format(url.parse('http://a.com/b?c#d')));
try { url.format(5); } catch (e) { console.log(e.code, e.message); }
for (const [from, to] of [['/one/two/three', 'four'], ['http://example.com/', '/one'],
  ['http://example.com/one', '/two'], ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', 'g?y#s'],
  ['mailto:a@b', 'c@d'], ['http://a/b', '//c/d'], ['http://a/b', 'https:x'], ['', 'x'], ['http://a/b/', '.']]) {
  console.log(JSON.stringify(from), JSON.stringify(to), url.resolve(from, to));
}
console.log(url.resolveObject('http://a/b/c', '../d').href);
