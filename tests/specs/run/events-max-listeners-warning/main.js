const EventEmitter = require('events');
process.on('warning', (w) => {
  console.log(w.name);
  console.log(w.message);
  console.log(w.emitter === e, w.type, w.count);
});
const e = new EventEmitter();
for (let i = 0; i < 11; i++) e.on('foo', () => {});
e.on('foo', () => {});
console.log('listeners', e.listenerCount('foo'), e.getMaxListeners());
