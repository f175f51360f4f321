// update() input encodings and digest() output encodings.
const crypto = require('crypto');
const h = (data, enc) => crypto.createHash('sha256').update(data, enc).digest('hex');
console.log(h('héllo wörld €'), h('héllo wörld €', 'utf8'), h('héllo', 'utf-8'));
console.log(h('68656c6c6f', 'hex'), h('aGVsbG8=', 'base64'), h('aGVsbG8', 'base64url'));
console.log(h('héllo', 'latin1'), h('héllo', 'binary'), h('héllo', 'ucs2'), h('héllo', 'utf16le'));
console.log(h('héllo', 'ascii'), h('hello', 'bogus'), h('hello'));
console.log(h(Buffer.from('hello')), h(new Uint8Array([104, 101, 108, 108, 111])));
console.log(h(new Uint16Array([0x6568, 0x6c6c])), h(new DataView(new Uint8Array(Buffer.from('xhellox')).buffer, 1, 5)));
const big = 'x'.repeat(100000) + 'é'.repeat(50000);
console.log(h(big), h(Buffer.from(big)));
const d = () => crypto.createHash('md5').update('abc');
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ucs2', 'ascii', 'utf8', 'buffer', 'bogus', undefined, '']) {
  const out = d().digest(enc);
  console.log(String(enc), typeof out, Buffer.isBuffer(out) ? out.toString('hex') : JSON.stringify(out));
}
const sub = Buffer.from('0123456789').subarray(3, 7);
console.log(h(sub), h('3456'));
console.log(crypto.createHash('sha1').update('a').update(Buffer.from('b')).update('63', 'hex').digest('hex'));
