// 8- and 16-bit reads and writes, both byte orders, signed and unsigned.
const buf = Buffer.alloc(6);
console.log(buf.writeUInt8(255, 0), buf.writeInt8(-2, 1), buf.writeUInt16LE(0x1234, 2), buf.writeInt16BE(-2, 4), buf);
console.log(buf.readUInt8(0), buf.readInt8(0), buf.readInt8(1), buf.readUInt16LE(2), buf.readUInt16BE(2));
console.log(buf.readInt16BE(4), buf.readInt16LE(4), buf.readUInt16BE(4));
buf.writeUInt16LE(300.7, 0);
buf.writeInt8(1.9, 2);
console.log(buf, buf.readUInt8(), buf.readUint16LE());
