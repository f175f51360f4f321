// Buffer.from(string, encoding) for every encoding name, in any case.
const text = 'héllo €';
for (const enc of ['utf8', 'utf-8', 'UTF8', 'utf16le', 'ucs2', 'UCS-2', 'utf-16le', 'latin1', 'binary',
  'ascii', 'ASCII']) {
  console.log(enc.padEnd(9), Buffer.from(text, enc));
}
console.log(Buffer.from('aGVsbG8=', 'base64'), Buffer.from('aGVsbG8', 'base64url'));
console.log(Buffer.from('68656C6c6f', 'hex'), Buffer.from('68656c6c6f', 'HEX'));
console.log(Buffer.from(''), Buffer.from('', 'hex'), Buffer.from('abc', 5));
try {
  Buffer.from('abc', 'utf7');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
