// Client certificates: requestCert with and without rejectUnauthorized, a client with and
// without a certificate; authorized/authorizationError and the peer certificate on the server.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
function run(serverOpts, clientOpts, label) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem'), ca: f('ca-cert.pem'), ...serverOpts }, (s) => {
      const peer = s.getPeerCertificate();
      console.log(label, 'server: authorized', s.authorized, s.authorizationError, 'peer', peer.subject ? peer.subject.CN : JSON.stringify(peer));
      s.end('ok');
    });
    server.on('tlsClientError', (e) => console.log(label, 'server tlsClientError', e.code));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: f('ca-cert.pem'), ...clientOpts });
      c.on('data', (d) => console.log(label, 'client data', String(d)));
      c.on('error', (e) => console.log(label, 'client error', e.code));
      c.on('close', () => server.close(resolve));
    });
  });
}
(async () => {
  const cert = { key: f('client-key.pem'), cert: f('client-cert.pem') };
  await run({ requestCert: true, rejectUnauthorized: false }, cert, 'optional+cert');
  await run({ requestCert: true, rejectUnauthorized: false }, {}, 'optional+none');
  await run({ requestCert: true, rejectUnauthorized: true }, cert, 'required+cert');
  await run({ requestCert: true, rejectUnauthorized: true }, {}, 'required+none');
  await run({ requestCert: true, rejectUnauthorized: false, ca: f('wrongname-cert.pem') }, cert, 'optional+untrusted');
  await run({}, cert, 'not-requested');
})();
