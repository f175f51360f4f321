// write(string[, offset[, length]][, encoding]) overloads, return values and errors.
const calls = [['xy'], ['xy', 3], ['xy', 3, 1], ['7879', 'hex'], ['7879', 2, 'hex'], ['7879', 2, 1, 'hex'],
  ['xy', 9]];
for (const args of calls) {
  const buf = Buffer.alloc(10, '.');
  console.log(JSON.stringify(args), buf.write(...args), buf.toString());
}
for (const args of [['xy', 0, 20], ['xy', -1], ['xy', 11], ['xy', 1.5], ['xy', '1', 2], ['xy', 0, 'klingon'], [5]]) {
  try {
    Buffer.alloc(10).write(...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
