// Readable.from(async generator) pulls lazily, and promises are awaited in sync iterables.
const { Readable } = require('stream');

async function* produce() {
  for (let i = 1; i <= 3; i++) {
    console.log('produce', i);
    await new Promise((resolve) => setImmediate(resolve));
    yield `item-${i}`;
  }
}

async function main() {
  const stream = Readable.from(produce());
  stream.on('end', () => console.log('end'));
  for await (const item of stream) console.log('got', item);
  const promises = Readable.from([Promise.resolve('p1'), 'plain']);
  for await (const item of promises) console.log('from promise list', item);
}
main();
