// indexOf/lastIndexOf/includes with strings, buffers and numbers, offsets and encodings.
const buf = Buffer.from('abcabc€');
console.log(buf.indexOf('bc'), buf.indexOf('bc', 2), buf.indexOf('bc', -3), buf.indexOf('€'), buf.indexOf('x'));
console.log(buf.lastIndexOf('bc'), buf.lastIndexOf('bc', 3), buf.lastIndexOf('a', -7), buf.lastIndexOf('a', -100));
console.log(buf.indexOf(98), buf.indexOf(98 + 256), buf.lastIndexOf(0x61), buf.indexOf(Buffer.from('ca')));
console.log(buf.indexOf(''), buf.indexOf('', 100), buf.lastIndexOf(''), buf.indexOf('b', 'latin1'), buf.indexOf('b', null));
console.log(buf.indexOf('6361', 0, 'hex'), buf.indexOf('YWJj', 1, 'base64'), buf.includes('abc'), buf.includes('abc', 4));
const wide = Buffer.from('abcd', 'ucs2');
console.log(wide.indexOf('c', 0, 'ucs2'), wide.lastIndexOf('b', undefined, 'utf16le'), wide.indexOf('c', 'ucs2'));
for (const run of [() => buf.indexOf({}), () => buf.indexOf('a', 0, 'klingon')]) {
  try {
    run();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
