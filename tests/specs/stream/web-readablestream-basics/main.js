// stream/web: a ReadableStream enqueues, is read by a reader or for await, and a
// TransformStream maps chunks through pipeThrough. util.inspect shows Node's summary.
const { ReadableStream, TransformStream, WritableStream } = require('stream/web');

async function main() {
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue('a');
      controller.enqueue('b');
      controller.close();
    },
  });
  console.log(stream);
  const reader = stream.getReader();
  console.log(stream.locked, await reader.read(), await reader.read(), await reader.read());

  const upper = new TransformStream({
    transform(chunk, controller) { controller.enqueue(chunk.toUpperCase()); },
  });
  for await (const chunk of ReadableStream.from(['x', 'y']).pipeThrough(upper)) console.log(chunk);

  const written = [];
  await ReadableStream.from([1, 2]).pipeTo(new WritableStream({ write(chunk) { written.push(chunk); } }));
  console.log(written, new WritableStream());
}
main();
