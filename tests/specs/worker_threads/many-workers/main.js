// Forty workers at once, each answering; all exit cleanly.
const { Worker } = require('worker_threads');
const count = 40;
let exited = 0;
const results = [];
for (let i = 0; i < count; i++) {
  const worker = new Worker(`
    const { parentPort, workerData } = require('worker_threads');
    parentPort.postMessage(workerData * workerData);
  `, { eval: true, workerData: i });
  worker.on('message', (value) => results.push(value));
  worker.on('exit', (code) => {
    if (code !== 0) console.log('bad exit', code);
    if (++exited === count) {
      results.sort((a, b) => a - b);
      console.log(results.length, results[0], results[count - 1],
                  results.reduce((a, b) => a + b, 0));
    }
  });
}
