// Readable.from takes arrays, iterables and strings/Buffers (which are one chunk, not iterated).
const { Readable } = require('stream');

async function collect(stream) {
  const out = [];
  for await (const chunk of stream) out.push(chunk);
  return out;
}

async function main() {
  console.log(await collect(Readable.from([1, 2, 3])));
  console.log(await collect(Readable.from(new Set(['x', 'y']))));
  console.log(await collect(Readable.from('whole string')));
  console.log(await collect(Readable.from(Buffer.from('bytes'))));
  function* numbers() { yield 10; yield 20; }
  console.log(await collect(Readable.from(numbers())));
  const fromArray = Readable.from([1]);
  console.log(fromArray.readableObjectMode, Readable.from(['a'], { objectMode: false }).readableObjectMode);
  try {
    Readable.from(42);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
main();
