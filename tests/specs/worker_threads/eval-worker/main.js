// eval: true runs the string as the worker's script, with require available.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  parentPort.postMessage(workerData * 2);
`, { eval: true, workerData: 21 });
worker.on('message', (message) => console.log('message', message));
worker.on('exit', (code) => console.log('exit', code));
