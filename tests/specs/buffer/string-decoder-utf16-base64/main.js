// StringDecoder for utf16le (split code units and surrogate pairs), base64 and hex.
const { StringDecoder } = require('string_decoder');
const utf16 = new StringDecoder('utf16le');
const bytes = Buffer.from('a😀', 'utf16le');
console.log([...bytes].map((_, i) => JSON.stringify(utf16.write(bytes.subarray(i, i + 1)))).join(' '));
console.log(JSON.stringify(utf16.write(Buffer.from([0x3d, 0xd8]))), JSON.stringify(utf16.end()));
console.log(JSON.stringify(utf16.end(Buffer.from([0x61]))));
const base64 = new StringDecoder('base64');
console.log(base64.write(Buffer.from('a')), base64.write(Buffer.from('bc')), base64.write(Buffer.from('d')), base64.end());
const url = new StringDecoder('base64url');
console.log(url.write(Buffer.from([0xfb, 0xff])), url.end(Buffer.from([0xfe, 0x01])));
const hex = new StringDecoder('hex');
console.log(hex.write(Buffer.from([0xab, 0x01])), hex.end(Buffer.from([0xff])), new StringDecoder('latin1').write(Buffer.from([0xe9])));
