// readable.pipe(process.stdout) writes every chunk and does not end stdout.
const { Readable, pipeline } = require('stream');
const source = Readable.from(['alpha\n', 'beta\n', 'gamma\n']);
process.stdout.on('pipe', (src) => console.error('pipe event', src === source));
process.stdout.on('unpipe', () => console.error('unpipe event'));
source.pipe(process.stdout);
source.on('end', () => {
  console.error('source ended; stdout ended:', process.stdout.writableEnded);
  pipeline(Readable.from(['via pipeline\n']), process.stdout, (err) => {
    console.error('pipeline done', err);
    console.error('still writable', process.stdout.writable, process.stdout.destroyed);
  });
});
