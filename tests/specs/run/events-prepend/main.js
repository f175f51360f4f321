const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => console.log('on'));
e.prependListener('x', () => console.log('prepended'));
e.prependOnceListener('x', () => console.log('prepended once'));
e.emit('x');
e.emit('x');
