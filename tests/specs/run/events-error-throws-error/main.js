const EventEmitter = require('events');
const e = new EventEmitter();
const err = new TypeError('boom');
try {
  e.emit('error', err);
} catch (caught) {
  console.log(caught === err, caught.message);
}
e.on('error', (x) => console.log('handled', x.message));
console.log(e.emit('error', err));
