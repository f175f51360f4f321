// A pool of four long-lived workers (parentPort listeners keep them alive) computing tasks in
// parallel; terminate() ends them.
const { Worker } = require('worker_threads');
const source = `
  const { parentPort } = require('worker_threads');
  parentPort.on('message', ({ id, n }) => {
    let sum = 0;
    for (let i = 1; i <= n; i++) sum += i % 7;
    parentPort.postMessage({ id, sum });
  });
`;
const pool = Array.from({ length: 4 }, () => new Worker(source, { eval: true }));
const tasks = Array.from({ length: 20 }, (_, id) => ({ id, n: 100000 + id }));
const results = new Map();
let next = 0;
function feed(worker) {
  if (next < tasks.length) worker.postMessage(tasks[next++]);
}
for (const worker of pool) {
  worker.on('message', ({ id, sum }) => {
    results.set(id, sum);
    if (results.size === tasks.length) {
      console.log([...results.entries()].sort((a, b) => a[0] - b[0]).slice(0, 3));
      Promise.all(pool.map((w) => w.terminate())).then((codes) => console.log('codes', codes));
    } else {
      feed(worker);
    }
  });
  feed(worker);
}
