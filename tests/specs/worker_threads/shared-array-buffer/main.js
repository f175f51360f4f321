// A SharedArrayBuffer in workerData and in a message is shared memory, not a copy.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(8);
const view = new Int32Array(sab);
const worker = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  const view = new Int32Array(workerData.sab);
  Atomics.store(view, 0, 42);
  parentPort.on('message', (buffer) => {
    Atomics.store(new Int32Array(buffer), 1, 7);
    parentPort.postMessage(workerData.sab === workerData.again);
  });
`, { eval: true, workerData: { sab, again: sab } });
worker.postMessage(sab);
worker.on('message', (same) => {
  console.log('same object in the worker', same);
  console.log('values', view[0], view[1]);
  worker.terminate();
});
