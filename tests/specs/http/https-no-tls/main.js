// Kiln has no TLS yet: an https request fails with an 'error' event, an https or tls server
// throws, and both say why (ERR_KILN_TLS_UNAVAILABLE).
const https = require('https');
const tls = require('tls');
const req = https.get('https://127.0.0.1:9/x', () => console.log('unexpected response'));
req.on('error', (e) => console.log('request error:', e.code, e.message));
for (const f of [() => https.createServer(), () => tls.connect(443), () => tls.createSecureContext()]) {
  try {
    f();
  } catch (e) {
    console.log('throws:', e.code);
  }
}
