// When a worker ends, the parent's ends of its channels close: a port the worker held emits
// 'close' in the main thread, after the messages it had sent.
const { Worker, MessageChannel, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(__filename, { workerData: port2, transferList: [port2] });
  port1.on('message', (message) => console.log('message', message));
  port1.on('close', () => console.log('port1 close'));
  worker.on('exit', (code) => console.log('exit', code));
} else {
  workerData.postMessage('last words');
}
