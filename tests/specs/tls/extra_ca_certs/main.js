// NODE_EXTRA_CA_CERTS adds the test CA to the default trust (the system's roots), so a client
// without `ca` verifies the test server; `ca` given explicitly replaces the default trust.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
const server = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem') }, (s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = tls.connect({ port, host: 'localhost' }, () => {
    console.log('default trust + extra CA:', c.authorized, c.servername);
    c.resume();
    c.on('close', () => {
      tls.connect({ port, host: 'localhost', ca: f('selfsigned-cert.pem') })
        .on('error', (e) => {
          console.log('explicit ca replaces it:', e.code);
          server.close();
        });
    });
  });
});
