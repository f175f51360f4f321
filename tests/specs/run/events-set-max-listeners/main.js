const EventEmitter = require('events');
process.on('warning', (w) => console.log('warning', w.message));
const e = new EventEmitter();
e.setMaxListeners(0);
for (let i = 0; i < 20; i++) e.on('x', () => {});
console.log(e.getMaxListeners(), e.listenerCount('x'));
console.log(EventEmitter.defaultMaxListeners);
for (const bad of [-1, 'a', NaN]) {
  try { e.setMaxListeners(bad); } catch (err) { console.log(err.code, err.message); }
}
try { EventEmitter.defaultMaxListeners = -5; } catch (err) { console.log(err.code, err.message); }
