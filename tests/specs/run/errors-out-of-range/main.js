const EventEmitter = require('events');
const calls = [() => new EventEmitter().setMaxListeners(-1), () => AbortSignal.timeout(2 ** 33), () => AbortSignal.timeout(1.5),
  () => require('events').on(new EventEmitter(), 'x', { highWaterMark: 0 })];
for (const call of calls) {
  try { call(); } catch (err) { console.log(err.name, err.code, err.message); }
}
