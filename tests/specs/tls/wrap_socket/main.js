// tls.connect({ socket }) over an existing net.Socket (connected or still connecting) and
// over a generic Duplex pair; new tls.TLSSocket(duplex, { isServer }) as the server end.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const net = require('net');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
const { Duplex } = require('stream');
const server = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem') }, (s) => {
  s.on('data', (d) => s.end('echo:' + d));
});
function duplexPair() {
  const a = new Duplex({ read() {}, write(chunk, enc, cb) { b.push(chunk); cb(); }, final(cb) { b.push(null); cb(); } });
  const b = new Duplex({ read() {}, write(chunk, enc, cb) { a.push(chunk); cb(); }, final(cb) { a.push(null); cb(); } });
  return [a, b];
}
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const raw = net.connect(port, '127.0.0.1');
  const c1 = tls.connect({ socket: raw, ca: f('ca-cert.pem'), servername: 'localhost' }, () => {
    console.log('over connecting net.Socket:', c1.authorized, c1.remotePort === port);
    c1.write('one');
  });
  c1.on('data', (d) => console.log('c1', String(d)));
  c1.on('close', () => {
    const raw2 = net.connect(port, '127.0.0.1', () => {
      const c2 = tls.connect({ socket: raw2, ca: f('ca-cert.pem'), host: 'localhost' }, () => {
        console.log('over connected net.Socket:', c2.authorized);
        c2.end('two');
      });
      c2.on('data', (d) => console.log('c2', String(d)));
      c2.on('close', () => {
        server.close();
        const [x, y] = duplexPair();
        const ctx = tls.createSecureContext({ key: f('agent-key.pem'), cert: f('agent-cert.pem') });
        const s3 = new tls.TLSSocket(y, { isServer: true, secureContext: ctx });
        s3.on('secure', () => console.log('duplex server secure'));
        s3.on('data', (d) => s3.end('echo:' + d));
        const c3 = tls.connect({ socket: x, ca: f('ca-cert.pem'), servername: 'localhost' }, () => {
          console.log('over Duplex:', c3.authorized, c3.getProtocol());
          c3.write('three');
        });
        c3.on('data', (d) => console.log('c3', String(d)));
        c3.on('end', () => console.log('c3 end'));
      });
    });
  });
});
