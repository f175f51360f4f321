async function main() {
  await null;
  throw new RangeError('out of range in async');
}
main();
