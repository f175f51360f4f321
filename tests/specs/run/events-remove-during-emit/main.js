const EventEmitter = require('events');
const e = new EventEmitter();
function a() { console.log('a'); e.removeListener('x', b); }
function b() { console.log('b'); }
e.on('x', a);
e.on('x', b);
e.emit('x');
e.emit('x');
e.on('y', function self() { console.log('y'); e.on('y', () => console.log('added later')); });
e.emit('y');
console.log(e.listenerCount('y'));
