const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');
const h = createHistogram();
for (const f of [() => h.record(0), () => h.record(1.5), () => h.record('1'), () => h.record(0n),
  () => h.percentile(0), () => h.percentile(101), () => h.percentile('x'),
  () => createHistogram({ figures: 6 }), () => createHistogram({ lowest: 0 }), () => createHistogram(1),
  () => h.add({}), () => monitorEventLoopDelay({ resolution: 0 })]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.code, e.message); }
}
