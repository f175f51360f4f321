// node:http over loopback: 5,000 GET requests to a "hello world" server in the same process,
// from a keep-alive Agent with 16 sockets (16 requests in flight), then 50 POSTs of 256 KiB.
'use strict';
const http = require('http');

const REQUESTS = 5000;
const CONCURRENCY = 16;
const body = Buffer.alloc(256 * 1024, 0x62);

const server = http.createServer((req, res) => {
  if (req.method === 'POST') {
    let n = 0;
    req.on('data', (d) => { n += d.length; });
    req.on('end', () => res.end(String(n)));
    return;
  }
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello, world!');
});

function one(agent, port, method) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/', method, agent }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve(data));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? body : undefined);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let next = 0;
  async function worker() {
    while (next < REQUESTS) {
      next++;
      const text = await one(agent, port, 'GET');
      if (text !== 'Hello, world!') throw new Error('bad body ' + text);
    }
  }
  const workers = [];
  for (let i = 0; i < CONCURRENCY; i++) workers.push(worker());
  await Promise.all(workers);
  for (let i = 0; i < 50; i++) {
    const n = await one(agent, port, 'POST');
    if (n !== String(body.length)) throw new Error('bad length ' + n);
  }
  agent.destroy();
  server.close();
});
