const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e);
e.on('x', function named() {});
e.once('y', () => {});
console.log(e);
class MyEmitter extends EventEmitter {}
console.log(new MyEmitter());
