// structuredClone() transfers MessagePorts too: the clone's port talks to the original's peer,
// and the original is unusable.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const { port } = structuredClone({ port: port2 }, { transfer: [port2] });
console.log(port === port2, port.constructor.name);
port.on('message', (message) => {
  console.log('clone got', message);
  port.close();
});
port2.postMessage('dropped');
port1.postMessage('hello');
