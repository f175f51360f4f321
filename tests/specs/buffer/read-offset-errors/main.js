// Read offsets out of range, not integers or not numbers: Node's exact errors.
const buf = Buffer.alloc(4);
const reads = [() => buf.readUInt8(4), () => buf.readUInt16LE(3), () => buf.readInt32BE(1), () => buf.readUInt8(-1),
  () => buf.readUInt8(1.5), () => buf.readUInt8('1'), () => buf.readDoubleLE(0), () => buf.readUInt16LE(NaN),
  () => Buffer.alloc(0).readUInt8(), () => buf.readFloatBE(2 ** 40)];
for (const read of reads) {
  try {
    console.log(read());
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
