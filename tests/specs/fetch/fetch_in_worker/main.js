// fetch in a worker thread, and a worker terminated while its fetch is still receiving.
const { Worker, isMainThread, parentPort } = require('worker_threads');
const http = require('http');
if (isMainThread) {
  const server = http.createServer((req, res) => { if (req.url === '/hang') { res.write('partial'); return; } res.end('from server ' + req.url); });
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const w = new Worker(__filename, { workerData: port });
    w.on('message', (m) => {
      console.log('worker says', m);
      if (m === 'hanging') setTimeout(() => w.terminate().then((code) => { console.log('terminated', code); server.closeAllConnections(); server.close(); }), 100);
    });
  });
} else {
  const port = require('worker_threads').workerData;
  (async () => {
    const r = await fetch(`http://127.0.0.1:${port}/a`);
    parentPort.postMessage(await r.text());
    fetch(`http://127.0.0.1:${port}/hang`).then((r) => r.text());
    parentPort.postMessage('hanging');
  })();
}
