// Byte-wise ordering: Buffer.compare, buf.compare with ranges, buf.equals.
const a = Buffer.from('abc');
console.log(Buffer.compare(a, Buffer.from('abd')), Buffer.compare(a, Buffer.from('ab')), Buffer.compare(a, a));
console.log([Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare).map(String));
console.log(a.compare(Buffer.from('xbcx'), 1, 3, 1), a.compare(Buffer.from('abc'), 0, 2), a.compare(Buffer.from('c'), 0, 1, 2, 3));
console.log(a.equals(Buffer.from('abc')), a.equals(new Uint8Array([97, 98, 99])), a.equals(Buffer.from('ab')));
for (const run of [() => Buffer.compare(a, 'abc'), () => a.compare(a, -1), () => a.compare(a, 0, 4),
  () => a.equals('abc')]) {
  try {
    run();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
