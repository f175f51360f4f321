// Ending and destroying TLS sockets at awkward moments: before the handshake, writes and
// end() before 'secureConnect', a failing and a slow SNICallback, a write after destroy, the
// underlying socket destroyed under a connected TLS socket.
const tls = require('tls'), fs = require('fs'), net = require('net');
const f = (n) => fs.readFileSync(require('path').join(__dirname, '../../../fixtures/tls', n));
const server = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem'),
  SNICallback: (name, cb) => {
    if (name === 'err.test') return cb(new Error('sni failed'));
    if (name === 'slow.test') return setTimeout(() => cb(null, tls.createSecureContext({ key: f('agent-key.pem'), cert: f('agent-cert.pem') })), 20);
    cb(null, null);
  } }, (s) => { s.on('data', (d) => s.write(d)); s.on('end', () => s.end()); });
server.on('tlsClientError', (e) => console.log('tlsClientError', e.code, e.message));
const steps = [
  (done) => { const c = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }); console.log('before', c.getPeerCertificate(), c.getProtocol(), c.getCipher(), c.authorized); c.destroy(); c.on('close', () => done()); },
  (done) => { const c = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }); c.write('early'); c.end('bye'); let s=''; c.on('data', (d) => s += d); c.on('end', () => console.log('early writes echoed', s)); c.on('close', done); },
  (done) => { const c = tls.connect({ port, host: '127.0.0.1', servername: 'err.test', rejectUnauthorized: false }); c.on('error', (e) => console.log('sni err client', e.code)); c.on('close', done); },
  (done) => { const c = tls.connect({ port, host: '127.0.0.1', servername: 'slow.test', rejectUnauthorized: false }, () => { console.log('slow sni ok', c.servername); c.end(); }); c.on('close', done); },
  (done) => { const c = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }, () => { c.destroy(); c.write('x', (e) => console.log('write after destroy cb', e && e.code)); }); c.on('error', (e) => console.log('err', e.code)); c.on('close', done); },
  (done) => { const raw = net.connect(port, '127.0.0.1', () => { const c = tls.connect({ socket: raw, rejectUnauthorized: false }, () => { raw.destroy(); }); c.on('error', (e) => console.log('raw destroyed err', e.code)); c.on('close', (h) => { console.log('tls close after raw destroy', h); done(); }); }); },
];
let port;
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  let i = 0;
  const next = () => i < steps.length ? steps[i++](() => setTimeout(next, 10)) : server.close(() => console.log('done'));
  next();
});
