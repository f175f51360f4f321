// Buffer.from(buffer) and Buffer.from(uint8array) copy the bytes.
const original = Buffer.from('abc');
const copy = Buffer.from(original);
copy[0] = 0x41;
console.log(original.toString(), copy.toString(), copy.buffer === original.buffer && copy.byteOffset === original.byteOffset);
const u8 = new Uint8Array([1, 2, 3]);
const fromU8 = Buffer.from(u8);
u8[0] = 9;
console.log(fromU8, Buffer.isBuffer(fromU8), Buffer.isBuffer(u8));
