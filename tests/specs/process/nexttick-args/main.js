process.nextTick((a, b, c) => console.log('tick args', a, b, c), 1, 'two', { three: 3 });
process.nextTick(function() { console.log('this is', this === undefined ? 'undefined' : typeof this); });
Promise.resolve().then(() => console.log('promise after ticks'));
process.nextTick(() => {
  console.log('tick 3');
  process.nextTick(() => console.log('nested tick before promise'));
});
try { process.nextTick('not a function'); } catch (e) { console.log(e.code, e.message); }
console.log('sync');
