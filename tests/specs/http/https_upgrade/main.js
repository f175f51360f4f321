// An https server's 'upgrade' event and the client's, with the upgraded TLS socket
// carrying data both ways (what wss:// WebSocket libraries do).
const https = require('https'), tls = require('tls'), fs = require('fs');
const f = (n) => fs.readFileSync(require('path').join(__dirname, '../../../fixtures/tls', n));
const srv = https.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem') });
srv.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.headers.upgrade, socket.encrypted, head.length);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => socket.write('echo:' + d));
  socket.on('end', () => socket.end());
});
srv.listen(0, '127.0.0.1', () => {
  const req = https.request({ host: '127.0.0.1', port: srv.address().port, ca: f('ca-cert.pem'),
    headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, socket.encrypted, head.length);
    socket.on('data', (d) => { console.log('client got', String(d)); socket.end(); });
    socket.on('close', () => {
      srv.close(() => console.log('closed'));
    });
    socket.write('ping');
  });
  req.end();
});
