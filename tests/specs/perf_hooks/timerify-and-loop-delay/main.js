const { performance, PerformanceObserver, monitorEventLoopDelay } = require('node:perf_hooks');
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) console.log(e.entryType, e.name, e.duration >= 0, e.detail);
  obs.disconnect();
});
obs.observe({ entryTypes: ['function'] });
const double = performance.timerify(function double(x) { return x * 2; });
console.log(double(21), double.name, double.length);
class Point { constructor(x) { this.x = x; } }
const TimedPoint = performance.timerify(Point);
console.log(new TimedPoint(3).x);
const loop = monitorEventLoopDelay({ resolution: 10 });
console.log(loop.enable(), loop.enable());
const start = Date.now();
const busy = setInterval(() => { const until = Date.now() + 15; while (Date.now() < until); }, 5);
setTimeout(() => {
  clearInterval(busy);
  console.log(loop.disable(), loop.disable(), loop.count > 0, loop.min > 0, loop.max >= loop.min,
              loop.percentile(50) > 0, Date.now() - start >= 100);
}, 150);
