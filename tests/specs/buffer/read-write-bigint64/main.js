// 64-bit BigInt reads and writes, and their range errors.
const buf = Buffer.alloc(8);
console.log(buf.writeBigInt64LE(-2n), buf, buf.readBigInt64LE(), buf.readBigUInt64LE());
console.log(buf.writeBigUInt64BE(2n ** 64n - 2n), buf, buf.readBigUInt64BE(), buf.readBigInt64BE(), buf.readBigUint64LE());
for (const write of [() => buf.writeBigInt64LE(2n ** 63n), () => buf.writeBigUInt64BE(-1n),
  () => buf.writeBigInt64BE(1n, 1), () => buf.writeBigUInt64LE(1), () => buf.readBigInt64LE(1)]) {
  try {
    write();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
