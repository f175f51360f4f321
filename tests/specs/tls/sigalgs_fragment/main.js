// sigalgs on the client, getSharedSigalgs() on both ends (Node's names), setMaxSendFragment's
// accepted range and argument check.
const tls = require('tls'), fs = require('fs');
const f = (n) => fs.readFileSync(require('path').join(__dirname, '../../../fixtures/tls', n));
const server = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem'), requestCert: true, rejectUnauthorized: false, ca: f('ca-cert.pem') }, (s) => {
  console.log('server', s.getSharedSigalgs());
  console.log(s.setMaxSendFragment(1024), s.setMaxSendFragment(100), s.setMaxSendFragment(20000));
  s.end(Buffer.alloc(5000, 1));
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: f('ca-cert.pem'), key: f('client-key.pem'), cert: f('client-cert.pem'), sigalgs: 'RSA-PSS+SHA256:rsa_pss_rsae_sha384:RSA+SHA256' }, () => {
    console.log('client', c.getSharedSigalgs());
  });
  let n = 0; c.on('data', (d) => n += d.length);
  c.on('close', () => { console.log('got', n); try { c.setMaxSendFragment('x'); } catch (e) { console.log(e.code); } server.close(); });
});
