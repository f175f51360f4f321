// buf.fill(value[, offset[, end]][, encoding]) fills in place and returns the buffer.
const buf = Buffer.alloc(8);
const steps = [['ab', 1, 6], [0], ['€'], [0x41, 6], ['6263', 'hex'], ['x', 2, 'latin1'],
  [Buffer.from([1, 2, 3]), 1, 7], [''], [true], ['é', 'latin1'], ['ab', 3, 3], ['ab', 'ucs2'], [-1, 7]];
for (const args of steps) {
  console.log(JSON.stringify(args).padEnd(24), buf.fill(...args) === buf, buf.toString('hex'));
}
for (const args of [['zz', 'hex'], [0, -1], [0, 0, 9], ['a', 'klingon'], ['a', 0, 8, 5], [Buffer.alloc(0)]]) {
  try {
    buf.fill(...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
