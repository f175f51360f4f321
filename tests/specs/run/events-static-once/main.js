const { EventEmitter, once } = require('events');
const e = new EventEmitter();
(async () => {
  setTimeout(() => e.emit('ready', 'a', 'b'), 1);
  console.log(await once(e, 'ready'));
  setTimeout(() => e.emit('error', new Error('failed')), 1);
  try {
    await once(e, 'ready');
  } catch (err) {
    console.log('rejected', err.message);
  }
  console.log(e.listenerCount('ready'), e.listenerCount('error'));
})();
