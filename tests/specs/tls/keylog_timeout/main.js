// The 'keylog' event (NSS key log lines, client side and on the server), the client's
// 'timeout' option, and a server's handshakeTimeout ending a silent client with
// ERR_TLS_HANDSHAKE_TIMEOUT.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
const net = require('net');
const server = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem') }, (s) => s.end());
// A short handshake timeout on its own server, so that a slow machine cannot trip it above.
const strict = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem'), handshakeTimeout: 100 });
const serverLabels = [];
server.on('keylog', (line, socket) => serverLabels.push(String(line).split(' ')[0] + (socket instanceof tls.TLSSocket ? '' : '?')));
strict.on('tlsClientError', (e, s) => {
  console.log('server tlsClientError', e.code, e.message);
  s.destroy();
});
strict.listen(0, '127.0.0.1');
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const labels = [];
  const c = tls.connect({ port, host: '127.0.0.1', ca: f('ca-cert.pem') });
  c.on('keylog', (line) => labels.push(String(line).split(' ')[0] + (line[line.length - 1] === 10 ? '' : '!')));
  c.on('data', () => {});
  c.on('close', () => {
    console.log('client keylog', labels.sort().join());
    console.log('server keylog', serverLabels.sort().join());
    const silent = net.connect(strict.address().port, '127.0.0.1');
    silent.on('close', () => {
      console.log('silent client closed');
      const mute = net.createServer(() => {}).listen(0, '127.0.0.1', () => {
        const t = tls.connect({ port: mute.address().port, host: '127.0.0.1', timeout: 50 });
        t.on('timeout', () => {
          console.log('client timeout', t.timeout, t.secureConnecting);
          t.destroy();
          server.close();
          strict.close();
          mute.close();
        });
      });
    });
  });
});
