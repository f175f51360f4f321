const EventEmitter = require('events');
const e = new EventEmitter();
e.on('data', function (a, b) { console.log('first', a, b, this === e); });
e.on('data', (...args) => console.log('second', args));
console.log(e.emit('data', 1, 'two'));
console.log(e.emit('nobody'));
console.log(e.emit('data'));
