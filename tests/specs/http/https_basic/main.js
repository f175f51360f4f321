// An https server and client in one process: keep-alive agent with a CA, a second request by
// host name on the pooled socket, and the default agent refusing the test CA.
const https = require('https'), fs = require('fs');
const f = (n) => fs.readFileSync(require('path').join(__dirname, '../../../fixtures/tls', n));
const srv = https.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem') }, (req, res) => {
  console.log('server', req.method, req.url, req.socket.encrypted, req.socket.alpnProtocol);
  res.end('hello ' + req.url);
});
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const agent = new https.Agent({ keepAlive: true, ca: f('ca-cert.pem') });
  https.get({ host: '127.0.0.1', port, path: '/a', agent }, (res) => {
    console.log('status', res.statusCode, res.headers['content-length']);
    let body = '';
    res.on('data', (d) => body += d);
    res.on('end', () => {
      console.log('body', body);
      https.get(`https://localhost:${port}/b`, { agent }, (res2) => {
        res2.setEncoding('utf8');
        res2.on('data', (d) => console.log('body2', d, res2.socket.isSessionReused()));
        res2.on('end', () => {
          https.get(`https://localhost:${port}/c`, (res3) => {}).on('error', (e) => {
            console.log('err', e.code, e.message);
            agent.destroy(); srv.close(() => console.log('closed'));
          });
        });
      });
    });
  });
});
