// utf16le/ucs2: two bytes per code unit, little-endian; an odd trailing byte is ignored.
console.log(Buffer.from('a€😀', 'utf16le'));
console.log(JSON.stringify(Buffer.from([0x61, 0x00, 0x62]).toString('ucs2')));
console.log(JSON.stringify(Buffer.from([0x3d, 0xd8]).toString('utf16le')));
const buf = Buffer.alloc(5);
console.log(buf.write('abc', 'ucs2'), buf);
console.log(Buffer.byteLength('a😀', 'ucs2'), buf.toString('utf16le', 1));
