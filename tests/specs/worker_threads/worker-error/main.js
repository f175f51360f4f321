// An uncaught exception in a worker becomes the Worker's 'error' event (same class, message,
// own properties, a cause, the worker's stack), then 'exit' with code 1.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const error = new RangeError('boom', { cause: new TypeError('why') });
  error.code = 'E_BOOM';
  error.extra = { n: 1 };
  throw error;
`, { eval: true });
worker.on('error', (error) => {
  console.log(error instanceof RangeError, error.name, error.message, error.code, error.extra);
  console.log(error.cause instanceof TypeError, error.cause.message);
  console.log(error.stack.split('\n').find((line) => line.includes(' at ')));
});
worker.on('exit', (code) => console.log('exit', code));
