// Garbage from the peer never crashes either side: a real ClientHello with random byte
// mutations, random records and random bytes are sent to a TLS server, and random answers to
// a client's ClientHello. Every connection ends (error, tlsClientError or close) and the
// process goes on. A fixed PRNG makes the inputs the same on every run.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const net = require('net');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));

let seed = 0x9e3779b9;
function random() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 0x100000000;
}
const randomBytes = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));

const server = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem') }, (s) => s.destroy());
let clientErrors = 0;
server.on('tlsClientError', () => clientErrors++);

// The first flight of a real client, captured by a recording server.
function captureClientHello() {
  return new Promise((resolve) => {
    const recorder = net.createServer((s) => s.once('data', (d) => { resolve(d); s.destroy(); recorder.close(); }));
    recorder.listen(0, '127.0.0.1', () => {
      tls.connect({ port: recorder.address().port, host: '127.0.0.1', servername: 'localhost' }).on('error', () => {});
    });
  });
}

function sendToServer(bytes) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end(bytes));
    c.on('data', () => {});
    c.on('error', () => {});
    c.on('close', resolve);
  });
}

function answerClient(answer) {
  return new Promise((resolve) => {
    const fake = net.createServer((s) => s.once('data', () => s.end(answer)));
    fake.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: fake.address().port, host: '127.0.0.1', rejectUnauthorized: false });
      let errored = false;
      c.on('error', () => { errored = true; });
      c.on('secureConnect', () => console.log('unexpected secureConnect'));
      c.on('close', () => { fake.close(); resolve(errored); });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const hello = await captureClientHello();
  let sent = 0;
  for (let i = 0; i < 150; i++) {
    const mutated = Buffer.from(hello);
    const flips = 1 + Math.floor(random() * 8);
    for (let j = 0; j < flips; j++) mutated[Math.floor(random() * mutated.length)] = Math.floor(random() * 256);
    const cut = random() < 0.2 ? Math.floor(random() * mutated.length) : mutated.length;
    await sendToServer(mutated.subarray(0, cut));
    sent++;
  }
  for (let i = 0; i < 50; i++) {
    const length = Math.floor(random() * 300);
    const record = Buffer.concat([Buffer.from([0x14 + Math.floor(random() * 5), 3, Math.floor(random() * 5), length >> 8, length & 255]), randomBytes(length)]);
    await sendToServer(record);
    await sendToServer(randomBytes(1 + Math.floor(random() * 2000)));
    sent += 2;
  }
  let clientFailures = 0;
  for (let i = 0; i < 60; i++) {
    const length = Math.floor(random() * 200);
    const answer = i % 2 === 0
      ? Buffer.concat([Buffer.from([0x16, 3, 3, length >> 8, length & 255, 2]), randomBytes(length)])
      : randomBytes(1 + Math.floor(random() * 500));
    if (await answerClient(answer)) clientFailures++;
  }
  console.log('server inputs', sent, 'all closed; tlsClientError for most:', clientErrors > sent / 2);
  console.log('client answers 60, errors', clientFailures);
  server.close();
});
