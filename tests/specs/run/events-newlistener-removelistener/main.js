const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (event, listener) => console.log('newListener', event, listener.name));
e.on('removeListener', (event, listener) => console.log('removeListener', event, listener.name));
function foo() {}
function bar() {}
e.on('a', foo);
e.once('a', bar);
e.off('a', foo);
e.emit('a');
e.removeAllListeners();
console.log(e.eventNames());
