const { PerformanceObserver, performance } = require('perf_hooks');
const obs = new PerformanceObserver((list, observer) => {
  console.log('observer', list.getEntries().map((e) => `${e.entryType}:${e.name}`), observer === obs);
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('a');
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('microtask'));
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
performance.mark('b');
performance.measure('a-b', 'a', 'b');
console.log('sync end', PerformanceObserver.supportedEntryTypes);
const typed = new PerformanceObserver((list) => {
  console.log('typed', list.getEntriesByType('mark').length, list.getEntriesByName('z').map((e) => e.entryType));
  typed.disconnect();
});
typed.observe({ type: 'mark' });
setTimeout(() => { performance.mark('z'); performance.measure('z', { start: 0, duration: 5 }); }, 100);
const taker = new PerformanceObserver(() => console.log('never called'));
taker.observe({ entryTypes: ['measure'] });
performance.measure('taken');
console.log('takeRecords', taker.takeRecords().map((e) => e.name));
taker.disconnect();
