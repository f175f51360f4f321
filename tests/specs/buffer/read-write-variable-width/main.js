// readUIntLE/BE, readIntLE/BE, writeUIntLE/BE, writeIntLE/BE for 1 to 6 bytes.
const buf = Buffer.alloc(6);
for (let width = 1; width <= 6; width++) {
  buf.fill(0);
  const max = 2 ** (8 * width - 1) - 1;
  console.log(width, buf.writeIntLE(-max - 1, 0, width), buf.readIntLE(0, width), buf.readUIntLE(0, width),
    buf.writeUIntBE(max, 0, width), buf.readUIntBE(0, width), buf.readIntBE(0, width), buf);
}
for (const args of [[0, 0], [0, 7], [0, 1.5], [0, undefined], [undefined, 2], [2, 5]]) {
  try {
    console.log(buf.readUIntLE(...args));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
