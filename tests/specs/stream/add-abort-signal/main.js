// addAbortSignal(signal, stream) destroys the stream with an AbortError when aborted.
const { addAbortSignal, Readable } = require('stream');

const controller = new AbortController();
const source = addAbortSignal(controller.signal, new Readable({ read() {} }));
source.on('error', (err) => console.log(err.name, err.code, err.message));
source.on('close', () => console.log('close', source.destroyed));
controller.abort();

const withOption = new Readable({ read() {}, signal: AbortSignal.abort() });
withOption.on('error', (err) => console.log('option:', err.name));
try {
  addAbortSignal('nope', new Readable());
} catch (err) {
  console.log(err.code, err.message);
}
