// In objectMode highWaterMark counts objects (default 16), whatever their size.
const { Readable, Writable } = require('stream');

const source = new Readable({ objectMode: true, read() {} });
console.log('default hwm', source.readableHighWaterMark);
const results = [];
for (let i = 0; i < 17; i++) results.push(source.push({ i, big: 'x'.repeat(1000) }));
console.log(results.lastIndexOf(true), results.indexOf(false), source.readableLength);

const small = new Writable({ objectMode: true, highWaterMark: 2, write(o, e, cb) { setImmediate(cb); } });
console.log(small.write({}), small.write('a long string that is one object'), small.writableLength);
small.on('drain', () => console.log('drain'));
