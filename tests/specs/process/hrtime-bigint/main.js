const a = process.hrtime.bigint();
const b = process.hrtime.bigint();
console.log(typeof a, b >= a);
const start = process.hrtime.bigint();
setTimeout(() => {
  const elapsed = process.hrtime.bigint() - start;
  console.log(elapsed >= 10_000_000n, elapsed < 10_000_000_000n);
}, 15);
