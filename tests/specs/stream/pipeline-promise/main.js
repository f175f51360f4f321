// stream/promises pipeline accepts async generator functions as transforms and destinations.
const { pipeline } = require('stream/promises');
const { Readable } = require('stream');

async function main() {
  const seen = [];
  const result = await pipeline(
    Readable.from([1, 2, 3, 4]),
    async function* double(source) {
      for await (const n of source) yield n * 2;
    },
    async function total(source) {
      let sum = 0;
      for await (const n of source) {
        seen.push(n);
        sum += n;
      }
      return sum;
    },
  );
  console.log(seen, result);
  try {
    await pipeline(Readable.from(['x']), async function* (source) {
      for await (const chunk of source) throw new Error(`bad ${chunk}`);
    }, async function (source) { for await (const c of source); });
  } catch (err) {
    console.log('rejected:', err.message);
  }
}
main();
