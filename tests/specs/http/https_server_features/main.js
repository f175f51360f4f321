// https: POST bodies both ways, agent: false, a client certificate seen by the request handler,
// ALPN 'http/1.1' offered by the server, Agent.getName with TLS options, and a plain-http
// request to an https server ending as 'tlsClientError'.
const https = require('https');
const http = require('http');
const fs = require('fs');
const path = require('path');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
const server = https.createServer({
  key: f('agent-key.pem'), cert: f('agent-cert.pem'), ca: f('ca-cert.pem'),
  requestCert: true, rejectUnauthorized: false,
}, (req, res) => {
  const peer = req.socket.getPeerCertificate();
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => body += d);
  req.on('end', () => {
    console.log('server', req.method, req.url, body.length, req.socket.authorized, peer.subject?.CN ?? 'none',
      req.socket.alpnProtocol, req.socket.getProtocol());
    res.setHeader('x-len', body.length);
    res.end(body.toUpperCase());
  });
});
server.on('tlsClientError', (e) => console.log('tlsClientError', e.code));
console.log(server instanceof require('tls').Server, server.timeout, server.keepAliveTimeout, server.headersTimeout);
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new https.Agent({ ca: f('ca-cert.pem') });
  console.log(agent.getName({ host: 'h', port: 1, ca: 'CA', rejectUnauthorized: false, servername: 'sni', minVersion: 'TLSv1.2' }));
  const req = https.request({
    host: '127.0.0.1', port, method: 'POST', path: '/post', agent: false, ca: f('ca-cert.pem'),
    key: f('client-key.pem'), cert: f('client-cert.pem'), ALPNProtocols: ['http/1.1'],
  }, (res) => {
    let body = '';
    res.on('data', (d) => body += d);
    res.on('end', () => {
      console.log('client', res.statusCode, res.headers['x-len'], body.slice(0, 10), res.socket.alpnProtocol);
      https.get({ host: '127.0.0.1', port, path: '/anon', agent }, (res2) => {
        res2.resume();
        res2.on('end', () => {
          console.log('client2', res2.statusCode);
          http.get({ host: '127.0.0.1', port, path: '/plain' }).on('error', (e) => {
            console.log('plain http to https:', e.code);
            agent.destroy();
            server.close(() => console.log('closed'));
          });
        });
      });
    });
  });
  req.write('abc'.repeat(10000));
  req.end('xyz');
});
