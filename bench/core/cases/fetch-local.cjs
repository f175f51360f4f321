// fetch over loopback from a node:http server in the same process: 2,000 sequential GETs and
// 2,000 GETs 50 at a time of a 1 KiB body, then 200 sequential and 200 50-at-a-time GETs of a
// 1 MiB body, each read with text() / arrayBuffer().
'use strict';
const http = require('http');

const small = Buffer.alloc(1024, 0x61);
const large = Buffer.alloc(1024 * 1024, 0x62);

const server = http.createServer((req, res) => {
  const body = req.url === '/large' ? large : small;
  res.setHeader('Content-Type', 'application/octet-stream');
  res.setHeader('Content-Length', body.length);
  res.end(body);
});

async function sequential(url, count, read) {
  for (let i = 0; i < count; i++) {
    const response = await fetch(url);
    const body = await response[read]();
    if ((body.length ?? body.byteLength) === 0) throw new Error('empty body');
  }
}

async function concurrent(url, count, width, read) {
  let next = 0;
  async function worker() {
    while (next < count) {
      next++;
      const response = await fetch(url);
      await response[read]();
    }
  }
  await Promise.all(Array.from({ length: width }, worker));
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  await sequential(`${base}/small`, 2000, 'text');
  await concurrent(`${base}/small`, 2000, 50, 'text');
  await sequential(`${base}/large`, 200, 'arrayBuffer');
  await concurrent(`${base}/large`, 200, 50, 'arrayBuffer');
  server.close();
  // Node keeps idle keep-alive sockets of its fetch pool open for a few seconds.
  setImmediate(() => process.exit(0));
});
