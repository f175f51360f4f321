// Secure context options on a live connection: pfx with passphrase, an encrypted key,
// minVersion/maxVersion (and a version mismatch), ciphers, honorCipherOrder, ecdhCurve, a
// server-side secureContext; plus getCiphers() and rootCertificates.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const net = require('net');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
async function pair(serverOpts, clientOpts, label) {
  const server = tls.createServer(serverOpts, (s) => s.end());
  server.on('tlsClientError', (e) => console.log(label, 'server tlsClientError', e.code));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: f('ca-cert.pem'), ...clientOpts }, () => {
      console.log(label, c.getProtocol(), c.getCipher().name, c.getEphemeralKeyInfo().name);
    });
    c.on('error', (e) => console.log(label, 'client error', e.code));
    c.on('data', () => {});
    c.on('close', resolve);
  });
  await new Promise((r) => server.close(r));
}
(async () => {
  const agent = { key: f('agent-key.pem'), cert: f('agent-cert.pem') };
  await pair({ pfx: f('agent.pfx'), passphrase: 'kiln-pass' }, {}, 'pfx');
  await pair({ key: f('agent-key-enc.pem'), passphrase: 'kiln-pass', cert: f('agent-cert.pem') }, {}, 'encrypted-key');
  await pair({ ...agent, maxVersion: 'TLSv1.2' }, {}, 'server-max-1.2');
  await pair({ ...agent, minVersion: 'TLSv1.3' }, { maxVersion: 'TLSv1.2' }, 'mismatch');
  await pair({ ...agent, ciphers: 'ECDHE-RSA-AES256-GCM-SHA384' }, {}, 'ciphers-1.2-only');
  await pair({ ...agent, ciphers: 'TLS_CHACHA20_POLY1305_SHA256' }, {}, 'suite');
  await pair({ ...agent, maxVersion: 'TLSv1.2', honorCipherOrder: true, ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384' },
    { ciphers: 'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256' }, 'honor-order');
  await pair({ ...agent, ecdhCurve: 'P-384' }, {}, 'curve');
  const ciphers = tls.getCiphers();
  console.log(ciphers.includes('tls_aes_128_gcm_sha256'), ciphers.includes('ecdhe-rsa-aes128-gcm-sha256'), ciphers.every((c) => c === c.toLowerCase()));
  const roots = tls.rootCertificates;
  console.log(Array.isArray(roots), Object.isFrozen(roots), roots.length > 50, roots[0].startsWith('-----BEGIN CERTIFICATE-----\n'), tls.rootCertificates === roots);
})();
