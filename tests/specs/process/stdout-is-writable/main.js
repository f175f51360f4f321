// process.stdout is a stream.Writable with Node's stdio fields (a pipe here: _type 'pipe').
const { Writable, Stream } = require('stream');
const EventEmitter = require('events');
const out = process.stdout;
console.log(out instanceof Writable, out instanceof Stream, out instanceof EventEmitter);
console.log(out._type, out._isStdio, out.fd, out.isTTY, typeof out.destroySoon);
console.log(out.writable, out.writableLength, out.writableHighWaterMark, out.writableObjectMode);
console.log(out.writableEnded, out.writableFinished, out.writableNeedDrain, out.writableCorked);
console.log(out.destroyed, typeof out._writableState, out._writableState.objectMode);
// A write completes synchronously: true even past the high water mark, and no 'drain'.
out.on('drain', () => console.log('drain'));
console.log(out.write(`${'x'.repeat(20000)}\n`), out.writableNeedDrain, out.writableLength);
