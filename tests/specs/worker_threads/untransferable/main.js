// markAsUntransferable(): a buffer marked so is copied, not transferred.
const { MessageChannel, markAsUntransferable } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const buffer = new ArrayBuffer(4);
markAsUntransferable(buffer);
port1.postMessage(buffer, [buffer]);
console.log('sender still has', buffer.byteLength);
port2.once('message', (received) => {
  console.log('received', received.byteLength);
  port2.close();
});
