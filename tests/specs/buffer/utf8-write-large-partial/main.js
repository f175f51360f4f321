// write() into a buffer shorter than the UTF-8 text of a long string stops before the first
// character that does not fit whole, including surrogate pairs cut by the end.
const text = ('ab€😀').repeat(5000);
for (const size of [0, 1, 2, 4, 5, 8, 9, 99, 100, 101, 8191, 8192, 8193, 20000]) {
  const buf = Buffer.alloc(size);
  const written = buf.write(text);
  console.log(size, written, buf.subarray(Math.max(0, written - 4), written).toString('hex'));
}
const latin = 'ü'.repeat(10000);
const small = Buffer.alloc(9999);
console.log(small.write(latin), small.write(latin, 1));
console.log(Buffer.alloc(12).write('x'.repeat(20), 2, 5, 'utf8'));
