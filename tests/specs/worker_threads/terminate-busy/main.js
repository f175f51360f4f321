// terminate() stops a worker stuck in an infinite loop; the promise and 'exit' give code 1.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  require('worker_threads').parentPort.postMessage('spinning');
  for (;;) {}
`, { eval: true });
worker.on('exit', (code) => console.log('exit event', code));
worker.once('message', async (message) => {
  console.log(message);
  const code = await worker.terminate();
  console.log('terminated', code);
  console.log('again', await worker.terminate());
});
