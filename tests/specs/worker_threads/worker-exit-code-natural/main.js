// process.exitCode set in a worker becomes its exit code; 'exit' runs in the worker first.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  process.exitCode = 9;
  process.on('exit', (code) => require('worker_threads').parentPort.postMessage('bye ' + code));
`, { eval: true });
worker.on('message', (message) => console.log(message));
worker.on('exit', (code) => console.log('exit', code));
