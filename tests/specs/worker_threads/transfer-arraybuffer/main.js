// A transferred ArrayBuffer is detached in the sender and arrives with its bytes; one not in
// the transfer list is copied.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const moved = new Uint8Array([1, 2, 3]);
const copied = new Uint8Array([4, 5]);
port1.postMessage({ moved, copied }, [moved.buffer]);
console.log('sender', moved.byteLength, moved.buffer.byteLength, copied.byteLength);
port2.once('message', (message) => {
  console.log('receiver', message.moved, message.copied);
  port2.close();
});
