// EventTarget listeners receive a MessageEvent; on() listeners receive the data itself.
const { MessageChannel, MessagePort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof MessagePort, port1 instanceof EventTarget);
port2.addEventListener('message', (event) => {
  console.log(event instanceof MessageEvent, event.type, event.data);
});
port2.onmessage = (event) => {
  console.log('onmessage', event.data);
  port2.close();
};
port2.on('message', (data) => console.log('on', data));
port1.postMessage({ hello: 'world' });
