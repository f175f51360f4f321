// finished() calls back once a stream ends, and with ERR_STREAM_PREMATURE_CLOSE when it
// closes before ending.
const { finished, Readable, Writable } = require('stream');

const sink = new Writable({ write(chunk, encoding, callback) { callback(); } });
finished(sink, (err) => console.log('writable finished', err));
sink.end('x');

const source = new Readable({ read() {} });
finished(source, (err) => console.log('premature:', err.code, err.message));
source.push('y');
source.destroy();

const done = Readable.from(['z']);
const cleanup = finished(done, (err) => console.log('readable finished', err));
console.log(typeof cleanup);
done.resume();
