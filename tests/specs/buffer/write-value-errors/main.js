// Values outside the type's range are rejected before the offset is checked.
const buf = Buffer.alloc(8);
const writes = [() => buf.writeUInt8(256), () => buf.writeInt8(-129), () => buf.writeUInt16BE(-1),
  () => buf.writeInt16LE(40000), () => buf.writeUInt32LE(2 ** 32), () => buf.writeInt32BE(-(2 ** 31) - 1),
  () => buf.writeUIntLE(2 ** 48, 0, 6), () => buf.writeIntBE(2 ** 39, 0, 5), () => buf.writeUInt8(1, 8),
  () => buf.writeUInt32LE(1, 5), () => buf.writeUInt8(300, 99), () => buf.writeUInt16LE(1, '0'),
  () => buf.writeUIntLE(1, 0, 7), () => buf.writeDoubleLE(1, 1)];
for (const write of writes) {
  try {
    console.log(write());
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
