// write() never writes part of a UTF-8 character; it returns the bytes written.
const buf = Buffer.alloc(5, '.');
console.log(buf.write('a😀'), buf);
console.log(buf.write('€€', 1), buf);
console.log(buf.write('é', 4), buf);
console.log(buf.write('xyz', 3, 1), buf);
