// buffer.isUtf8 and buffer.isAscii over buffers, typed arrays and ArrayBuffers.
const { isUtf8, isAscii } = require('buffer');
console.log(isUtf8(Buffer.from('héllo')), isUtf8(Buffer.from([0xff])), isUtf8(Buffer.from([0xed, 0xa0, 0x80])));
console.log(isUtf8(new ArrayBuffer(4)), isUtf8(new Uint16Array([0xa9c3])), isUtf8(Buffer.alloc(0)));
console.log(isAscii(Buffer.from('abc')), isAscii(Buffer.from('é')), isAscii(new Uint8Array([0x7f])));
try {
  isUtf8('text');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
