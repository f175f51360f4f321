const { EventEmitter, once } = require('events');
const e = new EventEmitter();
(async () => {
  try {
    await once(e, 'never', { signal: AbortSignal.abort() });
  } catch (err) {
    console.log(err.name, err.code, err.message, err.cause.name);
  }
  const ac = new AbortController();
  setTimeout(() => ac.abort('stop'), 1);
  try {
    await once(e, 'never', { signal: ac.signal });
  } catch (err) {
    console.log(err.name, err.cause, e.listenerCount('never'));
  }
  try {
    await once(e, 'x', { signal: {} });
  } catch (err) {
    console.log(err.code, err.message);
  }
})();
