// postMessage of what cannot be cloned or transferred throws as in Node.
const { MessageChannel, MessagePort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const other = new MessageChannel();
const attempts = [
  () => port1.postMessage(function f() {}),
  () => port1.postMessage(Symbol('s')),
  () => port1.postMessage(),
  () => port1.postMessage(1, 5),
  () => port1.postMessage(1, [5]),
  () => port1.postMessage(port1, [port1]),
  () => port1.postMessage(other.port1),
  () => port1.postMessage(1, [new ArrayBuffer(1), new ArrayBuffer(1)].map((b, i, a) => a[0])),
  () => new MessagePort(),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (error) {
    console.log(error.constructor.name, error.name, error.code, error.message);
  }
}
port1.close();
other.port1.close();
