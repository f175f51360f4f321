// Buffer.byteLength per encoding, and Buffer.isEncoding.
for (const [text, enc] of [['héllo', undefined], ['héllo', 'latin1'], ['héllo', 'ucs2'], ['😀', 'utf8'],
  ['aGVsbG8=', 'base64'], ['aGVsbG8', 'base64url'], ['abcde', 'hex'], ['abc', 'klingon']]) {
  console.log(text, enc, Buffer.byteLength(text, enc));
}
console.log(Buffer.byteLength(Buffer.alloc(3)), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength(new Uint32Array(2)));
try {
  Buffer.byteLength(5);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
for (const enc of ['utf8', 'UTF-8', 'ucs-2', 'Utf16le', 'binary', 'base64url', 'hex', 'ascii', '', 'utf16', 'buffer', 1, null]) {
  console.log(JSON.stringify(enc), Buffer.isEncoding(enc));
}
