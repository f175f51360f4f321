// Long UTF-8 (past the 2 KB stack path) is validated and measured first, then decoded into a
// string of exactly its size: ASCII, Latin-1, BMP and astral text, one invalid or truncated
// sequence at every position around the vector blocks (which falls back to U+FFFD decoding),
// and the UTF-16 encoder's surrogate pairs and lone surrogates at every block position.
const crypto = require('crypto');
const digest = (x) => crypto.createHash('sha256').update(x).digest('hex').slice(0, 16);
const kinds = {
  ascii: 'plain ascii text, ',
  latin1: 'über café ÿ ',
  wide: 'Āā ĀĀ ',
  bmp: '速い茶色の狐 — ',
  astral: 'fox 🦊 𝄞 ',
};
for (const [name, unit] of Object.entries(kinds)) {
  for (const size of [2049, 70000, 200000]) {
    const text = unit.repeat(Math.ceil(size / Buffer.byteLength(unit)));
    const buf = Buffer.from(text);
    const back = buf.toString();
    console.log(name, size, buf.length, back.length, back === text, digest(back));
  }
}
const base = Buffer.from('速い茶色の狐 🦊 über '.repeat(200));
const lines = [];
for (const bad of [[0x80], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0xa6], [0xed, 0xa0, 0x80], [0xff]]) {
  const results = [];
  for (let at = 2040; at < 2140; at++) {
    let cut = at;
    while ((base[cut] & 0xc0) === 0x80) cut++;
    const broken = Buffer.concat([base.subarray(0, cut), Buffer.from(bad), base.subarray(cut)]);
    const text = broken.toString();
    results.push(text.length);
    if (at === 2100) lines.push(digest(text));
  }
  lines.push(bad.map((b) => b.toString(16)).join(' ') + ': ' + digest(results.join()));
}
console.log(lines.join('\n'));
const emoji = Buffer.from('🦊'.repeat(1000));
for (let cut = 1; cut <= 4; cut++) {
  const text = emoji.subarray(0, emoji.length - cut).toString();
  console.log('truncated', cut, text.length, JSON.stringify(text.slice(-2)));
}
const encoded = [];
for (let k = 0; k < 40; k++) {
  const s = 'a'.repeat(k) + '\ud83e\udd8a' + 'b'.repeat(40 - k) + '\ud800' + 'é'.repeat(k) + '\udc00';
  const long = s.repeat(200);
  encoded.push(Buffer.byteLength(long) + ':' + digest(Buffer.from(long)));
}
console.log(digest(encoded.join()));
console.log(Buffer.from('x'.repeat(5000) + '\ud83e').subarray(-4), Buffer.from('😀'.repeat(9000)).length);
const invalidLong = Buffer.concat([Buffer.from('a'.repeat(3000)), Buffer.from([0xc3])]);
try {
  new TextDecoder('utf-8', { fatal: true }).decode(invalidLong);
} catch (error) {
  console.log(error.code, error.name);
}
console.log(new TextDecoder().decode(invalidLong).slice(-2));
const { isUtf8 } = require('buffer');
console.log(isUtf8(base), isUtf8(invalidLong), isUtf8(Buffer.from('🦊'.repeat(100)).subarray(0, 399)));
