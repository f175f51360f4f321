// node:https over loopback with the test-only certificates of tests/fixtures/tls: 3,000 GET
// requests to a "hello world" server in the same process from a keep-alive Agent with 16
// sockets (16 requests in flight), 100 requests that each make a new TLS connection (full
// handshakes), then 50 POSTs of 256 KiB.
'use strict';
const https = require('https');
const fs = require('fs');
const path = require('path');

const fixtures = path.join(__dirname, '../../../tests/fixtures/tls');
const read = (name) => fs.readFileSync(path.join(fixtures, name));
const REQUESTS = 3000;
const HANDSHAKES = 100;
const CONCURRENCY = 16;
const body = Buffer.alloc(256 * 1024, 0x62);
const ca = read('ca-cert.pem');

const server = https.createServer({ key: read('agent-key.pem'), cert: read('agent-cert.pem') }, (req, res) => {
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
    const req = https.request({ host: '127.0.0.1', port, path: '/', method, agent, ca }, (res) => {
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
  const agent = new https.Agent({ keepAlive: true, maxSockets: CONCURRENCY, maxCachedSessions: 0 });
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
  const fresh = new https.Agent({ keepAlive: false, maxCachedSessions: 0 });
  for (let i = 0; i < HANDSHAKES; i++) {
    const text = await one(fresh, port, 'GET');
    if (text !== 'Hello, world!') throw new Error('bad body ' + text);
  }
  for (let i = 0; i < 50; i++) {
    const n = await one(agent, port, 'POST');
    if (n !== String(body.length)) throw new Error('bad length ' + n);
  }
  agent.destroy();
  server.close();
});
