// A server's ALPNCallback: it sees the servername and the client's protocols and picks one;
// undefined rejects the client (no_application_protocol), a protocol the client did not offer
// is ERR_TLS_ALPN_CALLBACK_INVALID_RESULT; it cannot be combined with ALPNProtocols.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
const answers = ['b', undefined, 'zzz'];
const server = tls.createServer({
  key: f('agent-key.pem'), cert: f('agent-cert.pem'),
  ALPNCallback: ({ servername, protocols }) => {
    console.log('ALPNCallback', servername, protocols);
    return answers.shift();
  },
}, (s) => {
  console.log('server alpn', s.alpnProtocol);
  s.end();
});
server.on('tlsClientError', (e) => console.log('server tlsClientError', e.code, e.code.startsWith('ERR_TLS') ? e.message : ''));
server.listen(0, '127.0.0.1', () => {
  const next = () => {
    if (answers.length === 0) return server.close();
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: f('ca-cert.pem'), ALPNProtocols: ['a', 'b'] }, () => console.log('client alpn', c.alpnProtocol));
    c.on('error', (e) => console.log('client error', e.code));
    c.on('close', () => setTimeout(next, 10));
    c.resume();
  };
  next();
});
try {
  tls.createServer({ ALPNCallback: () => 'a', ALPNProtocols: ['a'] });
} catch (e) {
  console.log(e.code, e.message);
}
try {
  tls.createServer({ ALPNCallback: 'a' });
} catch (e) {
  console.log(e.code, e.message);
}
