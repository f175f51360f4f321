const EventEmitter = require('events');
const e = new EventEmitter();
function handler(v) { console.log('once got', v); }
e.once('x', handler);
console.log(e.listenerCount('x'), e.listeners('x')[0] === handler, e.rawListeners('x')[0] === handler);
console.log(e.rawListeners('x')[0].listener === handler, e.rawListeners('x')[0].name);
e.emit('x', 1);
e.emit('x', 2);
console.log(e.listenerCount('x'));
e.once('y', handler);
e.removeListener('y', handler);
console.log(e.emit('y', 3));
