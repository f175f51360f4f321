// util.inspect of Headers, Response, Request and FormData, toStringTag and constructor lengths, as in Node.
const h = new Headers({ 'B': '1', a: '2' });
console.log(h);
console.log(new Response('x', { headers: { 'X-Y': 'z' } }));
console.log(new Request('http://a.test/p', { method: 'POST', body: 'x' }));
const fd = new FormData(); fd.append('a', '1'); fd.append('a', '2'); fd.append('b', 'x');
console.log(fd);
console.log(Object.prototype.toString.call(new Request('http://a/')), Object.prototype.toString.call(fd), Object.prototype.toString.call(new Response()));
console.log(typeof fetch, fetch.name, fetch.length, Headers.name, Request.length, Response.length, FormData.length);
