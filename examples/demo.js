// What Kiln runs today: CommonJS, Node's event loop order, timers, process and core modules.
const path = require('path');
const os = require('os');
const util = require('util');
const { EventEmitter } = require('events');

console.log(`Kiln ${process.versions.kiln} on V8 ${process.versions.v8}, libuv ${process.versions.uv}`);
console.log('script:', path.relative(process.cwd(), process.argv[1]), 'on', os.platform(), os.arch());

const order = [];
setTimeout(() => order.push('timeout'), 0);
setImmediate(() => order.push('immediate'));
process.nextTick(() => order.push('nextTick'));
Promise.resolve().then(() => order.push('promise'));

const emitter = new EventEmitter();
emitter.once('ready', (value) => console.log('event:', util.inspect(value, { colors: false })));
emitter.emit('ready', { nested: { map: new Map([['a', 1]]), list: [1, 2, 3] } });

setTimeout(() => {
  console.log('event loop order:', order.join(' -> '));
  console.table([{ module: 'path', ok: true }, { module: 'events', ok: true }]);
}, 10);
