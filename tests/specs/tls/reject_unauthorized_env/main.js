// NODE_TLS_REJECT_UNAUTHORIZED=0: connections to an untrusted server succeed unverified (with
// the reason in authorizationError) and Node's warning is printed once; an explicit
// rejectUnauthorized: true still refuses.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const https = require('https');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
const server = https.createServer({ key: f('selfsigned-key.pem'), cert: f('selfsigned-cert.pem') }, (req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = tls.connect({ port, host: '127.0.0.1' }, () => {
    console.log('tls:', c.authorized, c.authorizationError);
    c.destroy();
    https.get(`https://127.0.0.1:${port}/`, (res) => {
      console.log('https:', res.statusCode, res.socket.authorized);
      res.resume();
      res.on('end', () => {
        tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: true }).on('error', (e) => {
          console.log('explicit:', e.code);
          https.globalAgent.destroy();
          server.close();
        });
      });
    });
  });
});
