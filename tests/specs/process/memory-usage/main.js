const usage = process.memoryUsage();
console.log(Object.keys(usage));
console.log(Object.values(usage).every((v) => typeof v === 'number' && v >= 0));
console.log(usage.rss > 0, usage.heapTotal >= usage.heapUsed);
console.log(typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
const cpu = process.cpuUsage();
console.log(Object.keys(cpu), Number.isInteger(cpu.user));
const res = process.resourceUsage();
console.log(Object.keys(res).length, typeof res.maxRSS);
