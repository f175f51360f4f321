// Readable.fromWeb/toWeb and Writable.fromWeb/toWeb convert between node:stream and
// stream/web; pipeline accepts a ReadableStream as its source.
const { ReadableStream, WritableStream } = require('stream/web');
const { Readable, Writable } = require('stream');
const { pipeline } = require('stream/promises');

async function main() {
  const fromWeb = Readable.fromWeb(ReadableStream.from(['1', '2']), { encoding: 'utf8' });
  for await (const chunk of fromWeb) console.log('fromWeb', chunk);

  const web = Readable.toWeb(Readable.from([Buffer.from('ab'), Buffer.from('c')]));
  const reader = web.getReader();
  for (let result; !(result = await reader.read()).done;) console.log('toWeb', result.value);

  const received = [];
  const sink = Writable.fromWeb(new WritableStream({ write(chunk) { received.push(chunk); } }),
    { objectMode: true });
  await pipeline(Readable.from(['p', 'q']), sink);
  console.log('web sink got', received);

  const writer = Writable.toWeb(new Writable({
    write(chunk, encoding, callback) { console.log('node sink got', chunk.toString()); callback(); },
  })).getWriter();
  await writer.write(new Uint8Array([104, 105]));
  await writer.close();

  await pipeline(ReadableStream.from(['w', 'e', 'b']), new Writable({
    objectMode: true,
    write(chunk, encoding, callback) { console.log('pipeline from web', chunk); callback(); },
  }));
  try {
    Readable.fromWeb({});
  } catch (err) {
    console.log(err.code, err.message);
  }
}
main();
