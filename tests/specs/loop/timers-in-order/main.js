// Timers fire by expiry; equal timeouts in creation order; ticks drain between timer callbacks.
setTimeout(() => console.log('t20'), 20);
setTimeout(() => {
  console.log('t5 a');
  process.nextTick(() => console.log('tick after t5 a'));
  Promise.resolve().then(() => console.log('promise after t5 a'));
}, 5);
setTimeout(() => console.log('t5 b'), 5);
setTimeout(() => console.log('t1'), 1);
