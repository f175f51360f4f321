const v8 = require('node:v8');
const stats = v8.getHeapStatistics();
console.log(Object.keys(stats));
console.log(Object.values(stats).every((v) => typeof v === 'number'), stats.used_heap_size > 0,
            stats.heap_size_limit > stats.used_heap_size, stats.number_of_native_contexts >= 1);
const spaces = v8.getHeapSpaceStatistics();
console.log(Object.keys(spaces[0]), spaces.some((s) => s.space_name === 'old_space'));
console.log(Object.keys(v8.getHeapCodeStatistics()));
console.log(Number.isInteger(v8.cachedDataVersionTag()));
v8.setFlagsFromString('--no-lazy');
console.log(v8.startupSnapshot.isBuildingSnapshot());
for (const f of [() => v8.startupSnapshot.addSerializeCallback(() => {}), () => v8.setFlagsFromString(1)]) {
  try { f(); } catch (e) { console.log(e.code, e.message); }
}
v8.takeCoverage();
v8.stopCoverage();
console.log('done');
