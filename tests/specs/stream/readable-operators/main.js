// Readable's iterator helpers: map, filter, take, toArray, reduce, forEach, some, find.
const { Readable } = require('stream');

async function main() {
  const numbers = () => Readable.from([1, 2, 3, 4, 5, 6]);
  console.log(await numbers().map((n) => n * 10).toArray());
  console.log(await numbers().filter((n) => n % 2 === 0).take(2).toArray());
  console.log(await numbers().reduce((sum, n) => sum + n, 0));
  console.log(await numbers().some((n) => n > 5), await numbers().every((n) => n > 5));
  console.log(await numbers().find((n) => n > 3));
  console.log(await numbers().drop(4).toArray());
  console.log(await numbers().flatMap((n) => [n, n]).take(4).toArray());
  await numbers().take(2).forEach((n) => console.log('each', n));
  console.log(await numbers().map(async (n) => n + 1, { concurrency: 2 }).toArray());
}
main();
