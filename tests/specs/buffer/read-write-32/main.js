// 32-bit reads and writes, including values at the edges of the ranges.
const buf = Buffer.alloc(8);
console.log(buf.writeUInt32LE(0xdeadbeef, 0), buf.writeInt32BE(-0x80000000, 4), buf);
console.log(buf.readUInt32LE(0).toString(16), buf.readUInt32BE(0).toString(16), buf.readInt32LE(0), buf.readInt32BE(4));
buf.writeUInt32BE(0xffffffff, 0);
buf.writeInt32LE(0x7fffffff, 4);
console.log(buf, buf.readInt32BE(0), buf.readUInt32LE(4), buf.readUint32BE(0));
