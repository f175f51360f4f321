// URL.canParse, URL.parse and URL.createObjectURL/revokeObjectURL.
console.log(URL.canParse('https://a.b'), URL.canParse('nope'), URL.canParse('x', 'https://a.b/'), URL.canParse('x', 'nope'));
console.log(URL.parse('https://a.b/c')?.href, URL.parse('nope'), URL.parse('../x', 'http://h/a/b').href);
console.log(URL.parse('http://a') instanceof URL);
try { URL.canParse(); } catch (e) { console.log(e.code, e.message); }
const { Blob } = require('buffer');
const id = URL.createObjectURL(new Blob(['x']));
console.log(/^blob:nodedata:[0-9a-f-]{36}$/.test(id));
console.log(URL.revokeObjectURL(id));
try { URL.createObjectURL('x'); } catch (e) { console.log(e.code); }
console.log(typeof URL, typeof URLSearchParams, URL === require('url').URL, globalThis.URLSearchParams === require('url').URLSearchParams);
