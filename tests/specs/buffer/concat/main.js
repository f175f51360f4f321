// Buffer.concat joins buffers and Uint8Arrays, truncating or zero-padding to `length`.
const parts = [Buffer.from('ab'), new Uint8Array([99]), Buffer.from('de')];
console.log(Buffer.concat(parts), Buffer.concat(parts, 3), Buffer.concat(parts, 8), Buffer.concat([]));
console.log(Buffer.concat([Buffer.from('x')]).buffer.byteLength > 1);
for (const args of [[[Buffer.from('a'), 'b']], ['ab'], [[Buffer.from('a')], -1], [[Buffer.from('a')], 1.5]]) {
  try {
    Buffer.concat(...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
