// A worker gets workerData (a structured clone), its argv after the script, its threadId;
// 'online', 'message' and 'exit' arrive in Node's order.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
if (isMainThread) {
  const data = { a: 1, list: [1, 2], when: new Date(0), map: new Map([['k', 'v']]) };
  const worker = new Worker(__filename, { workerData: data, argv: ['x', 2] });
  console.log('main', isMainThread, threadId, worker.threadId);
  worker.on('online', () => console.log('online'));
  worker.on('message', (message) => console.log('message', message));
  worker.on('exit', (code) => console.log('exit', code));
} else {
  parentPort.postMessage({
    isMainThread,
    argv: process.argv.slice(1).map((arg) => arg.replace(__dirname, '[dir]')),
    workerData,
    threadId,
  });
}
