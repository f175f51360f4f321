// node:net over loopback TCP: 1 GiB streamed through one connection (64 KiB writes with
// backpressure), then 2,000 short connections (connect, 100-byte echo, close), 50 at a time.
'use strict';
const net = require('net');

const TOTAL = 1024 * 1024 * 1024;
const chunk = Buffer.alloc(65536, 0x61);

function bulk(port) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let sent = 0;
    function pump() {
      while (sent < TOTAL) {
        sent += chunk.length;
        if (!c.write(chunk)) return void c.once('drain', pump);
      }
      c.end();
    }
    c.on('connect', pump);
    c.on('data', () => {});
    c.on('close', resolve);
  });
}

function shortOne(port) {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1', () => c.end(chunk.subarray(0, 100)));
    c.on('data', () => {});
    c.on('error', reject);
    c.on('close', resolve);
  });
}

const server = net.createServer((s) => {
  if (s.localPort === undefined) return;
  let n = 0;
  s.on('data', (d) => { n += d.length; });
  s.on('end', () => s.end(String(n)));
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await bulk(port);
  for (let i = 0; i < 2000; i += 50) {
    const batch = [];
    for (let j = 0; j < 50; j++) batch.push(shortOne(port));
    await Promise.all(batch);
  }
  server.close();
});
