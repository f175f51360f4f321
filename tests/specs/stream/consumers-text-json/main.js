// stream/consumers reads a whole stream as text, JSON, a Buffer or an ArrayBuffer.
const { text, json, buffer, arrayBuffer } = require('stream/consumers');
const { Readable } = require('stream');

async function main() {
  const euro = Buffer.from('€');
  // The multibyte character is split across two chunks.
  console.log(await text(Readable.from([Buffer.from('price: '), euro.subarray(0, 1), euro.subarray(1)])));
  console.log(await json(Readable.from(['{"a":', '[1,2]}'])));
  const bytes = await buffer(Readable.from([Buffer.from('ab'), Buffer.from('cd')]));
  console.log(Buffer.isBuffer(bytes), bytes);
  const ab = await arrayBuffer(Readable.from([new Uint8Array([1, 2, 3])]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  async function* gen() { yield 'from '; yield 'a generator'; }
  console.log(await text(gen()));
  try {
    await json(Readable.from(['{bad']));
  } catch (err) {
    console.log(err.name);
  }
}
main();
