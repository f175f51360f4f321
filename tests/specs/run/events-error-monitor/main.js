const EventEmitter = require('events');
const e = new EventEmitter();
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor saw', err.message));
try {
  e.emit('error', new Error('bad'));
} catch (err) {
  console.log('still thrown', err.message);
}
console.log(String(EventEmitter.errorMonitor), EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
