// Extra arguments reach timer and immediate callbacks; nextTick forwards arguments too.
console.log('start');
setTimeout((a, b) => console.log('timeout', a, b), 100, 'x', 'y');
setImmediate((a) => console.log('immediate', a), 'z');
process.nextTick((a, b, c) => console.log('tick', a, b, c), 1, 2, 3);
