// buf.copy(target, targetStart, sourceStart, sourceEnd) copies what fits, overlaps included.
const source = Buffer.from('abcdefgh');
const calls = [[], [2], [2, 1], [2, 1, 3], [0, 0, 100], [0, 6], [1.7, 1.2, 3.9], ['1', '2'], [10], [0, 5, 2]];
for (const args of calls) {
  const target = Buffer.alloc(6, '.');
  console.log(JSON.stringify(args), source.copy(target, ...args), target.toString());
}
const self = Buffer.from('abcdefgh');
console.log(self.copy(self, 2, 0, 5), self.toString());
for (const args of [[-1], [0, -1], [0, 9], [0, 0, -1]]) {
  try {
    source.copy(Buffer.alloc(2), ...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  source.copy('x');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
