// TLS session resumption: the client's 'session' event gives a session that a second
// connection passes as 'session' (isSessionReused), for TLS 1.3 tickets and TLS 1.2.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const net = require('net');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
async function run(maxVersion) {
  const server = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem'), maxVersion }, (s) => s.end('hi'));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const connect = (session) => new Promise((resolve) => {
    let got;
    const c = tls.connect({ port, host: '127.0.0.1', ca: f('ca-cert.pem'), session }, () => {
      console.log(maxVersion, 'reused', c.isSessionReused(), c.getProtocol(), Buffer.isBuffer(c.getSession()));
    });
    c.on('session', (s) => { got = s; });
    c.on('data', () => {});
    c.on('close', () => resolve(got));
  });
  const session = await connect();
  console.log(maxVersion, 'session event', Buffer.isBuffer(session));
  await connect(session);
  server.close();
}
run('TLSv1.3').then(() => run('TLSv1.2'));
