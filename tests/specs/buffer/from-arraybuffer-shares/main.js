// Buffer.from(arrayBuffer, byteOffset, length) is a view: no copy.
const ab = new ArrayBuffer(8);
const whole = Buffer.from(ab);
const part = Buffer.from(ab, 2, 3);
part[0] = 0xff;
console.log(whole, part, part.byteOffset, part.length);
console.log(new Uint8Array(ab)[2], whole.buffer === ab);
console.log(Buffer.from(ab, 6), Buffer.from(ab, '2', '1'), Buffer.from(ab, 1, -4), Buffer.from(ab, NaN, 2));
console.log(Buffer.from(new SharedArrayBuffer(2)));
for (const args of [[9], [2, 7], [-1]]) {
  try {
    Buffer.from(ab, ...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
