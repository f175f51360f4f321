console.log('sync start');
setTimeout(() => console.log('timeout'), 0);
queueMicrotask(() => console.log('microtask 1'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => {
  console.log('microtask 2');
  queueMicrotask(() => console.log('nested microtask'));
});
console.log('sync end');
