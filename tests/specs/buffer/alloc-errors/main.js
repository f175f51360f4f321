// Sizes are validated with Node's messages; bad fill values are rejected.
const attempts = [
  () => Buffer.alloc(-1),
  () => Buffer.alloc('5'),
  () => Buffer.alloc(2 ** 33),
  () => Buffer.allocUnsafe(NaN),
  () => Buffer.allocUnsafeSlow({}),
  () => Buffer.alloc(4, 'zz', 'hex'),
  () => Buffer.alloc(4, 'a', 'klingon'),
  () => Buffer.alloc(4, 'a', 5),
];
for (const attempt of attempts) {
  try {
    console.log('ok', attempt());
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
