// stream/promises finished resolves when the stream is done and rejects on error.
const { finished } = require('stream/promises');
const { Readable, PassThrough } = require('stream');

async function main() {
  const source = Readable.from(['a', 'b']);
  source.resume();
  console.log('resolved:', await finished(source));
  const broken = new PassThrough();
  setImmediate(() => broken.destroy(new Error('boom')));
  try {
    await finished(broken);
  } catch (err) {
    console.log('rejected:', err.message);
  }
}
main();
