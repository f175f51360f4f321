// Inputs: string, Buffer, TypedArray, DataView, ArrayBuffer — sync and async.
const zlib = require('zlib');
const bytes = Buffer.from('typed input typed input typed input');
const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
const inputs = {
  string: bytes.toString(), buffer: bytes, uint8: new Uint8Array(ab), uint16: new Uint16Array(ab.slice(0, 34)),
  dataview: new DataView(ab), arraybuffer: ab, float64: new Float64Array(2),
};
const lines = [];
let pending = 0;
for (const [name, input] of Object.entries(inputs)) {
  const sync = zlib.deflateSync(input);
  pending++;
  zlib.deflate(input, (err, out) => {
    lines.push(`${name} ${err} ${out.equals(sync)} ${zlib.inflateSync(sync).length}`);
    if (--pending === 0) console.log(lines.sort().join('\n'));
  });
}
