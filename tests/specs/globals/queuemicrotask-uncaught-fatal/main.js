queueMicrotask(() => { throw new TypeError('fatal in microtask'); });
setTimeout(() => console.log('never'), 0);
