// Ticks queued by ticks run before microtasks; microtasks queued by ticks run after all ticks.
process.nextTick(() => {
  console.log('tick A');
  Promise.resolve().then(() => {
    console.log('promise from A');
    process.nextTick(() => console.log('tick from promise'));
  });
  process.nextTick(() => console.log('tick from A'));
});
process.nextTick(() => console.log('tick B'));
queueMicrotask(() => console.log('microtask'));
