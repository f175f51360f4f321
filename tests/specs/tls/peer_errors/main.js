// What a hostile or broken peer causes: a server that closes before the handshake
// (ECONNRESET), one that answers in plain text, a client that speaks HTTP or sends garbage to
// a TLS server ('tlsClientError'), and a refused connection.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const net = require('net');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
const plain = net.createServer((s) => {
  s.once('data', () => {
    if (plain.mode === 'close') s.destroy();
    else s.end('HTTP/1.1 400 Bad Request\r\n\r\n');
  });
});
const server = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem') }, () => console.log('unexpected secureConnection'));
server.on('tlsClientError', (e, s) => console.log('server tlsClientError', e.code, s instanceof tls.TLSSocket));
const step = (name, fn) => new Promise((resolve) => fn(resolve)).then(() => console.log(name, 'done'));
plain.listen(0, '127.0.0.1', () => server.listen(0, '127.0.0.1', async () => {
  await step('close', (done) => {
    plain.mode = 'close';
    const c = tls.connect({ port: plain.address().port, host: '127.0.0.1' });
    c.on('error', (e) => console.log('client error', e.code, e.message, e.host, e.port === plain.address().port));
    c.on('close', done);
  });
  await step('plaintext', (done) => {
    plain.mode = 'http';
    const c = tls.connect({ port: plain.address().port, host: '127.0.0.1' });
    c.on('error', (e) => console.log('client error', e.code, e.library, e.reason));
    c.on('close', done);
  });
  for (const bytes of ['GET / HTTP/1.1\r\nHost: x\r\n\r\n', Buffer.from([0x16, 3, 1, 0, 5, 1, 2, 3, 4, 5]), Buffer.alloc(64, 0xff)]) {
    await step('raw', (done) => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.write(bytes));
      c.on('data', (d) => console.log('raw client got', d.length > 0));
      c.on('error', (e) => console.log('raw client error', e.code));
      c.on('close', () => setTimeout(done, 20));
    });
  }
  await step('refused', (done) => {
    const c = tls.connect({ port: plain.address().port, host: '127.0.0.1' });
    plain.close();
    server.close();
    setTimeout(() => {
      const d = tls.connect({ port: 1, host: '127.0.0.1' });
      d.on('error', (e) => { console.log('client error', e.code, e.syscall); done(); });
    }, 10);
    c.on('error', () => {});
  });
}));
