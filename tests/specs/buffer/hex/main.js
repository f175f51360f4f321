// hex: two digits per byte in either case; decoding stops at the first bad pair.
console.log(Buffer.from('00ff10Ab', 'hex'), Buffer.from('abc', 'hex'), Buffer.from('ab zz cd', 'hex'));
console.log(Buffer.from('zz', 'hex'), Buffer.from('a', 'hex'), Buffer.byteLength('abc', 'hex'));
console.log(Buffer.from([0, 15, 16, 255]).toString('hex'));
const buf = Buffer.alloc(4);
console.log(buf.write('0102030405', 'hex'), buf, buf.write('ffx', 1, 'hex'), buf);
