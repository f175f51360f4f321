// Destroying a Duplex calls pending write callbacks with ERR_STREAM_DESTROYED, as a Writable does.
const { Duplex, Writable } = require('stream');

for (const Kind of [Writable, Duplex]) {
  const stream = new Kind({
    read() {},
    write(chunk, encoding, callback) { setTimeout(callback, 5); },
  });
  stream.write('a', (err) => console.log(Kind.name, 'first', err?.code ?? err));
  stream.write('b', (err) => console.log(Kind.name, 'second', err?.code ?? err));
  stream.destroy();
  stream.on('close', () => console.log(Kind.name, 'close'));
}
