// reset() starts a new stream on the same object; close(cb) and writes after close.
const zlib = require('zlib');
const d = zlib.createDeflate();
console.log(d.reset());
const out = zlib.deflateSync('x');
const z = zlib.createInflate();
z.close(() => console.log('closed', z._closed, z.destroyed));
z.on('close', () => console.log('close event'));
z.write(out, (err) => console.log('write after close', err && err.code));
try { z.reset(); } catch (e) { console.log('reset after close', e.code); }
const g = zlib.createGzip();
g.on('error', (e) => console.log('error', e.code));
g.end('data');
g.resume();
g.on('end', () => { console.log('end'); g.close(() => console.log('close after end')); });
