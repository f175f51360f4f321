// getPeerCertificate(): Node's object shape, the detailed chain up to the self-issued root
// (which points to itself), getCertificate() on the server side, and the ephemeral key.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
const server = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem') }, (s) => {
  const own = s.getCertificate();
  console.log('server own', own.subject.CN, own.serialNumber, Object.keys(own).join());
  console.log('server peer', JSON.stringify(s.getPeerCertificate()));
  s.end();
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: f('ca-cert.pem') }, () => {
    const p = c.getPeerCertificate();
    console.log(Object.keys(p).join());
    console.log(Object.getPrototypeOf(p.subject), p.subject, p.issuer);
    console.log(p.subjectaltname, p.ca, p.bits, p.exponent, p.serialNumber, p.ext_key_usage);
    console.log(p.valid_from, '|', p.valid_to);
    console.log(p.fingerprint, p.fingerprint256.length, p.fingerprint512.length);
    console.log(Buffer.isBuffer(p.raw), p.raw.equals(Buffer.from(f('agent-cert.pem').toString().split('-----')[2].replace(/\s/g, ''), 'base64')));
    console.log(Buffer.isBuffer(p.pubkey), p.pubkey.length, p.modulus.length, p.issuerCertificate);
    const d = c.getPeerCertificate(true);
    console.log(d.issuerCertificate.subject.CN, d.issuerCertificate.ca, d.issuerCertificate.issuerCertificate === d.issuerCertificate);
    console.log(Object.keys(d.issuerCertificate).join());
    console.log(c.getEphemeralKeyInfo(), c.getCertificate());
    c.on('close', () => server.close());
  });
});
