// Immediates queued while immediates run wait for the next loop turn; ticks drain in between.
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate 3 (next turn)'));
  process.nextTick(() => console.log('tick inside immediate 1'));
});
setImmediate(() => console.log('immediate 2'));
