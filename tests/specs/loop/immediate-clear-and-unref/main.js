// clearImmediate cancels; an unref'd immediate still runs while the loop is alive.
console.log('start');
const a = setImmediate(() => console.log('cancelled'));
clearImmediate(a);
setImmediate(() => console.log('unref but runs')).unref();
setTimeout(() => console.log('timer'), 100);
