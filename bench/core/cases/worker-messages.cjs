// worker_threads: start 8 workers one after another (spawn + first message + exit), then a
// round trip of 10,000 messages (small objects) to one worker and back, then 2,000 round
// trips of a 64 KiB ArrayBuffer moved in the transfer list.
'use strict';
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (!isMainThread) {
  parentPort.on('message', (message) => {
    if (message === 'end') {
      process.exit(0);
    } else if (message instanceof ArrayBuffer) {
      parentPort.postMessage(message, [message]);
    } else {
      parentPort.postMessage(message);
    }
  });
  parentPort.postMessage('ready');
  return;
}

function spawnOne() {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename);
    worker.once('message', () => worker.postMessage('end'));
    worker.on('error', reject);
    worker.on('exit', resolve);
  });
}

function roundTrips(count, make, transfer) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename);
    let sent = 0;
    let received = 0;
    worker.on('error', reject);
    worker.on('message', (message) => {
      if (message !== 'ready') received++;
      if (received === count) {
        worker.postMessage('end');
        return;
      }
      const value = message !== 'ready' && transfer ? message : make(sent);
      sent++;
      worker.postMessage(value, transfer ? [value] : undefined);
    });
    worker.on('exit', () => {
      if (received !== count) reject(new Error(`lost messages: ${received}`));
      else resolve();
    });
  });
}

(async () => {
  for (let i = 0; i < 8; i++) await spawnOne();
  await roundTrips(10000, (i) => ({ i, text: 'message', list: [1, 2, 3] }), false);
  await roundTrips(2000, () => new ArrayBuffer(64 * 1024), true);
})();
