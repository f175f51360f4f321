// Long latin1/ascii/utf16le conversions: latin1 keeps the low byte of wider characters, ascii
// decoding clears the high bit, utf16le reads pairs of bytes (an odd last byte is dropped).
const bytes = Buffer.alloc(200000);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
const latin1 = bytes.toString('latin1');
console.log(latin1.length, Buffer.from(latin1, 'latin1').equals(bytes));
const ascii = bytes.toString('ascii');
console.log(ascii.length, [...ascii].every((c) => c.charCodeAt(0) < 128));
const wide = bytes.toString('utf16le');
console.log(wide.length, Buffer.from(wide, 'utf16le').equals(bytes));
console.log(bytes.subarray(1, 200000).toString('utf16le').length);
console.log(Buffer.from('\u0141\u20ac\u00ff'.repeat(50000), 'latin1').subarray(0, 6).toString('hex'));
console.log(Buffer.from('h\u00e9llo'.repeat(40000)).toString('latin1').length);
