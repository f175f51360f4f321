const { EventEmitter } = require('events');
const emitter = new EventEmitter();
function fail() {
  emitter.emit('error', new Error('nobody listens'));
}
fail();
