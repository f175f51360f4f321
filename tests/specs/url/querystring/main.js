// node:querystring parses and stringifies Node's way (arrays, '+', maxKeys, custom codecs).
const qs = require('querystring');
console.log(qs.parse('foo=bar&abc=xyz&abc=123&a+b=c%20d&bad=%zz&e&=f&&'));
console.log(qs.parse('a:1;b:2;a:3', ';', ':'), qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
console.log(qs.parse('x=%E4', null, null, { decodeURIComponent: (s) => `<${s}>` }));
console.log(qs.stringify({ foo: 'bar', baz: ['qux', 'quux'], corge: '', n: 1e21, b: true, big: 12n, u: undefined, o: {}, x: 'ä ö' }));
console.log(qs.stringify({ a: 'b c' }, ';', ':'), qs.stringify({ w: 'x y' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
console.log(qs.escape('a b&ü/~*'), qs.unescape('%E4%zz+%41'), qs.unescapeBuffer('%41+%4', true));
console.log(qs.decode === qs.parse, qs.encode === qs.stringify, Object.keys(qs));
try { qs.escape('\uD800'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.getPrototypeOf(qs.parse('a=1')));
