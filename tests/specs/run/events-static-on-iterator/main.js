const { EventEmitter, on } = require('events');
const e = new EventEmitter();
(async () => {
  setTimeout(() => {
    e.emit('tick', 1);
    e.emit('tick', 2, 'x');
    e.emit('tick', 3);
    e.emit('end');
  }, 1);
  for await (const args of on(e, 'tick', { close: ['end'] })) console.log(args);
  console.log('closed', e.listenerCount('tick'));
  const it = on(e, 'tick');
  setTimeout(() => e.emit('error', new Error('iteration failed')), 1);
  try {
    for await (const args of it) console.log(args);
  } catch (err) {
    console.log('caught', err.message, e.listenerCount('tick'));
  }
})();
