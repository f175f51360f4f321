const EventEmitter = require('events');
const util = require('util');
function Legacy() { EventEmitter.call(this); }
util.inherits(Legacy, EventEmitter);
const l = new Legacy();
l.on('x', (v) => console.log('legacy got', v));
l.emit('x', 1);
class Modern extends EventEmitter { constructor() { super(); this.name = 'modern'; } }
const m = new Modern();
m.once('y', function () { console.log(this.name); });
m.emit('y');
console.log(EventEmitter.EventEmitter === EventEmitter, EventEmitter.usingDomains, l instanceof EventEmitter);
