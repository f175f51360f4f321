const { createHistogram } = require('perf_hooks');
let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (const figures of [1, 3, 5]) {
  const h = createHistogram({ figures });
  for (let i = 0; i < 500; i++) h.record(1 + Math.floor(random() ** 3 * 1e9));
  console.log(figures, h.min, h.max, h.mean, h.stddev, h.count, h.exceeds);
  console.log([1, 10, 50, 90, 99, 99.9, 100].map((p) => h.percentile(p)));
  console.log(h.percentiles);
  console.log(JSON.stringify(h));
}
const small = createHistogram({ lowest: 1, highest: 1000 });
for (const v of [5, 500, 5000, 50000]) small.record(v);
console.log(small.count, small.exceeds, small.max, small.exceedsBigInt);
const a = createHistogram(); a.record(3); a.record(10n);
const b = createHistogram(); b.record(1e6);
a.add(b);
console.log(a.count, a.min, a.max, a.minBigInt, a.maxBigInt, a.percentileBigInt(50), a.percentilesBigInt);
a.reset();
console.log(a.count, a.min, a.max, a.mean, a.stddev, a.percentiles);
const d = createHistogram();
d.recordDelta(); d.recordDelta(); d.recordDelta();
console.log('deltas', d.count);
