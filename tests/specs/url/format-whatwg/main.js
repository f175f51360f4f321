// url.format(URL, options) drops auth, search or fragment and shows Unicode hosts on request.
const url = require('url');
const u = new URL('https://user:pw@測試.example:8080/p?q=1#frag');
console.log(url.format(u));
console.log(url.format(u, { auth: false }));
console.log(url.format(u, { search: false, fragment: false }));
console.log(url.format(u, { unicode: true }));
console.log(url.format(u, { unicode: 1, auth: 0 }));
try { url.format(u, 'x'); } catch (e) { console.log(e.code, e.message); }
