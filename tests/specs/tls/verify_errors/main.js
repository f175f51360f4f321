// Certificate verification on the client: Node's error codes and messages for a self-signed
// leaf, an unknown issuer, an expired leaf and a wrong host name; rejectUnauthorized: false
// connects with authorized false and the reason.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
const cases = [
  ['selfsigned', {}],
  ['agent', {}],
  ['expired', { ca: f('ca-cert.pem') }],
  ['wrongname', { ca: f('ca-cert.pem') }],
  ['wrongname', { ca: f('ca-cert.pem'), servername: 'localhost' }],
  ['agent', { ca: f('ca-cert.pem'), host: 'localhost' }],
];
function run(i) {
  if (i === cases.length) return;
  const [name, options] = cases[i];
  const server = tls.createServer({ key: f(name + '-key.pem'), cert: f(name + '-cert.pem') }, (s) => s.end());
  server.on('tlsClientError', (e) => console.log('  server tlsClientError', e.code));
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const opts = { port, host: '127.0.0.1', ...options };
    tls.connect(opts, () => console.log(name, 'unexpected connect'))
      .on('error', (e) => {
        console.log(name, JSON.stringify(options.servername), 'error', e.code, e.message);
        if (e.reason) console.log('  reason', e.reason, 'host', e.host, 'cert', e.cert.subject.CN);
        const c2 = tls.connect({ ...opts, rejectUnauthorized: false }, () => {
          console.log('  unverified', c2.authorized, c2.authorizationError);
          c2.end();
          server.close(() => run(i + 1));
        });
      })
      .on('secureConnect', function() {
        console.log(name, 'ok', this.authorized, this.authorizationError);
        this.end();
        server.close(() => run(i + 1));
      });
  });
}
run(0);
