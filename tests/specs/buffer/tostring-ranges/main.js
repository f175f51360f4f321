// toString(encoding, start, end) clamps the range; unknown encodings throw.
const buf = Buffer.from('hello world');
const ranges = [[], ['utf8', 6], ['utf8', 0, 5], ['hex', 1, 3], ['utf8', -5, 100], ['utf8', 5, 2],
  ['utf8', '1', '3'], ['utf8', 1.9, 3.9], ['utf8', NaN, NaN], ['utf8', 100], [undefined, 3], ['UTF-8']];
for (const args of ranges) console.log(JSON.stringify(args), JSON.stringify(buf.toString(...args)));
for (const encoding of ['klingon', null, '']) {
  try {
    buf.toString(encoding);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
