// process.exit() in a worker ends only the worker (its 'exit' runs there), with that code.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('exit', (code) => parentPort.postMessage('worker exit ' + code));
  parentPort.postMessage('before');
  process.exit(3);
  parentPort.postMessage('never');
`, { eval: true });
worker.on('message', (message) => console.log(message));
worker.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('main still running'), 10);
});
