// receiveMessageOnPort() takes queued messages synchronously.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.postMessage({ n: 1 });
port1.postMessage({ n: 2 });
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
try {
  receiveMessageOnPort({});
} catch (error) {
  console.log(error.code);
}
port1.close();
