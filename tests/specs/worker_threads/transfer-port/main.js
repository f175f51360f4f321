// A MessagePort travels to a worker in the transfer list; the two threads then talk over it.
const { Worker, MessageChannel, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(__filename, { workerData: { port: port2 }, transferList: [port2] });
  port1.on('message', (message) => {
    console.log('main got', message);
    port1.close();
  });
  port1.postMessage('ping');
  worker.on('exit', (code) => console.log('exit', code));
} else {
  const { port } = workerData;
  port.once('message', (message) => {
    port.postMessage(`${message} -> pong`);
    port.close();
  });
}
