// StringDecoder: encoding names, strings passed through, non-Uint8Array views, errors.
const { StringDecoder } = require('string_decoder');
const decoder = new StringDecoder();
console.log(decoder, decoder.encoding, decoder.write('as is'));
decoder.write(Buffer.from([0xe2, 0x82]));
console.log(decoder, decoder.lastChar, decoder.lastNeed, decoder.lastTotal);
console.log(JSON.stringify(decoder.text(Buffer.from('xyz'), 1)));
console.log(JSON.stringify(new StringDecoder('utf8').write(new Uint16Array([0x6968]))));
console.log(JSON.stringify(new StringDecoder('utf8').end(new DataView(new Uint8Array([0x41, 0xe2]).buffer))));
for (const encoding of ['UCS2', 'binary', 'utf-16le', 'klingon', 5]) {
  try {
    console.log(new StringDecoder(encoding).encoding);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  decoder.write(42);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
