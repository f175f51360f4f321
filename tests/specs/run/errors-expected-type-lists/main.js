const { EventEmitter, getEventListeners, setMaxListeners } = require('events');
const calls = [() => getEventListeners(5, 'x'), () => setMaxListeners(1, 'x'), () => new EventEmitter().on('x', 'f'),
  () => AbortSignal.any('x'), () => new EventTarget().addEventListener('x', () => {}, 5),
  () => new EventEmitter({ captureRejections: 1 })];
for (const call of calls) {
  try { call(); } catch (err) { console.log(err.code, err.message); }
}
