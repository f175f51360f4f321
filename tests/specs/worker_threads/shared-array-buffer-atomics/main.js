// A SharedArrayBuffer is shared, not copied: the worker blocks in Atomics.wait until the main
// thread stores and notifies.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(__filename, { workerData: shared });
  worker.on('message', (message) => {
    if (message === 'waiting') {
      setTimeout(() => {
        Atomics.store(shared, 0, 42);
        Atomics.notify(shared, 0);
      }, 20);
    } else {
      console.log('worker saw', message, 'main sees', shared[1]);
    }
  });
  worker.on('exit', (code) => console.log('exit', code));
} else {
  parentPort.postMessage('waiting');
  const result = Atomics.wait(workerData, 0, 0, 5000);
  workerData[1] = 7;
  parentPort.postMessage([result, workerData[0]]);
}
