// TextEncoderStream and TextDecoderStream convert between strings and UTF-8 chunks, keeping
// characters split across chunks whole.
const { ReadableStream, TextEncoderStream, TextDecoderStream } = require('stream/web');

async function main() {
  const encoded = ReadableStream.from(['h\u00e9', 'llo \ud83d', '\ude00']).pipeThrough(new TextEncoderStream());
  const chunks = [];
  for await (const chunk of encoded) chunks.push(chunk);
  console.log(chunks);
  const euro = new TextEncoder().encode('\u20ac');
  const decoded = ReadableStream.from([euro.subarray(0, 1), euro.subarray(1)])
    .pipeThrough(new TextDecoderStream());
  for await (const text of decoded) console.log(JSON.stringify(text));
  const decoder = new TextDecoderStream('utf-16le', { fatal: true });
  console.log(decoder.encoding, decoder.fatal, decoder.ignoreBOM);
}
main();
