// ALPN (the server's preference among the client's offers, no overlap is a fatal alert) and
// SNI (the server sees the client's servername; SNICallback/addContext pick the certificate).
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
const server = tls.createServer({
  key: f('wrongname-key.pem'), cert: f('wrongname-cert.pem'), ALPNProtocols: ['http/1.1', 'h2'],
}, (s) => {
  console.log('server: servername', s.servername, 'alpn', s.alpnProtocol);
  s.end();
});
server.addContext('localhost', { key: f('agent-key.pem'), cert: f('agent-cert.pem') });
server.addContext('*.wild.test', { key: f('agent-key.pem'), cert: f('agent-cert.pem') });
server.on('tlsClientError', (e) => console.log('server tlsClientError', e.code));
const tests = [
  { servername: 'localhost', ALPNProtocols: ['h2', 'http/1.1'] },
  { servername: 'x.wild.test', ALPNProtocols: ['h2'], checkServerIdentity: () => undefined },
  { servername: 'wrong.example', ALPNProtocols: Buffer.from('\x08http/1.1') },
  { servername: 'localhost' },
  { servername: 'localhost', ALPNProtocols: ['spdy/3'] },
];
server.listen(0, '127.0.0.1', () => {
  let i = 0;
  const next = () => {
    if (i === tests.length) return server.close();
    const opts = tests[i++];
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: f('ca-cert.pem'), ...opts }, () => {
      console.log('client:', opts.servername, 'alpn', c.alpnProtocol, 'cert', c.getPeerCertificate().subject.CN, 'servername', c.servername);
    });
    c.on('error', (e) => console.log('client error', e.code));
    c.on('close', () => setTimeout(next, 20));
    c.resume();
  };
  next();
});
