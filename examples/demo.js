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
  coreTour();
}, 10);

// Node core on real work: hash and gzip some text, run a child process, read it back by lines.
function coreTour() {
  const crypto = require('node:crypto');
  const zlib = require('node:zlib');
  const { execFileSync } = require('node:child_process');
  const readline = require('node:readline');
  const { Readable } = require('node:stream');
  const text = 'Kiln runs JavaScript and TypeScript.\n'.repeat(100);
  const packed = zlib.gzipSync(text);
  console.log('sha256:', crypto.createHash('sha256').update(text).digest('hex').slice(0, 16),
              `gzip: ${text.length} -> ${packed.length} bytes`,
              'round trip:', zlib.gunzipSync(packed).toString() === text);
  const fromChild = execFileSync(process.execPath, ['-p', '6 * 7']).toString().trim();
  console.log('child process says:', fromChild);
  const lines = readline.createInterface({ input: Readable.from(['first line\nsecond ', 'line\n']) });
  lines.on('line', (line) => console.log('readline:', line));
}
