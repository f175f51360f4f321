// compose() joins streams and async generator functions into one Duplex.
const { compose, Transform, Readable } = require('stream');

async function main() {
  const upper = new Transform({
    transform(chunk, encoding, callback) { callback(null, chunk.toString().toUpperCase()); },
  });
  const exclaim = compose(upper, async function* (source) {
    for await (const chunk of source) yield `${chunk}!`;
  });
  console.log(exclaim.readable, exclaim.writable);
  const out = [];
  for await (const chunk of Readable.from(['hi', 'there']).pipe(exclaim)) out.push(chunk.toString());
  console.log(out);
  try {
    compose();
  } catch (err) {
    console.log(err.code, err.message);
  }
}
main();
