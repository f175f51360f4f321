// stream/consumers read ReadableStreams too, and a ReadableStream's error reaches the Readable
// made from it.
const { ReadableStream } = require('stream/web');
const { Readable } = require('stream');
const { text, json } = require('stream/consumers');

async function main() {
  console.log(await text(ReadableStream.from(['web ', 'text'])));
  console.log(await json(ReadableStream.from([new TextEncoder().encode('{"ok":true}')])));
  const failing = new ReadableStream({ pull(controller) { controller.error(new Error('web fail')); } });
  try {
    for await (const chunk of Readable.fromWeb(failing)) console.log(chunk);
  } catch (err) {
    console.log('caught', err.message);
  }
  const cancelled = new ReadableStream({ cancel(reason) { console.log('cancelled:', reason.message); } });
  const readable = Readable.fromWeb(cancelled);
  readable.on('error', () => {});
  readable.destroy(new Error('stop'));
}
main();
