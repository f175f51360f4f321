// MessageChannel: messages arrive asynchronously, in order, each as its own macrotask (ticks
// and microtasks run between them); close() ends both sides with 'close'.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (message) => {
  console.log('message', message);
  process.nextTick(() => console.log('tick after', message));
  Promise.resolve().then(() => console.log('microtask after', message));
  if (message === 3) port1.close();
});
port2.on('close', () => console.log('port2 close'));
port1.on('close', () => console.log('port1 close'));
port1.postMessage(1);
port1.postMessage(2);
port1.postMessage(3);
setImmediate(() => console.log('immediate'));
console.log('sync end');
