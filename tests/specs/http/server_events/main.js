// Event order on the server: request, response finish/close, req end/close; checkContinue;
// server timeout; closeAllConnections.
const http = require('http');
const net = require('net');
const log = [];
const server = http.createServer((req, res) => {
  log.push('request ' + req.url);
  req.on('end', () => log.push('req end'));
  req.on('close', () => log.push('req close'));
  res.on('finish', () => log.push('res finish'));
  res.on('close', () => log.push('res close'));
  req.resume();
  res.end('x');
});
server.on('checkContinue', (req, res) => {
  console.log('checkContinue', req.headers.expect);
  res.writeContinue();
  req.setEncoding('utf8');
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end('got ' + body));
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path: '/first' }, (res) => {
      res.resume();
      res.on('end', () => setTimeout(resolve, 20));
    });
  });
  console.log(log.join(', '));
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', headers: { Expect: '100-continue' } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => console.log('response', res.statusCode, d));
      res.on('end', resolve);
    });
    req.on('continue', () => {
      console.log('client continue');
      req.end('body');
    });
  });
  server.setTimeout(50, (socket) => {
    console.log('server timeout', socket instanceof net.Socket);
    socket.destroy();
  });
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.write('GET / HTTP/1.1\r\nHost: x\r\n');
    c.on('close', () => { console.log('idle socket closed'); resolve(); });
  });
  server.setTimeout(0);
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.write('GET /keep HTTP/1.1\r\nHost: x\r\n\r\n');
    c.once('data', () => {
      console.log('connections before', server.listening);
      server.closeAllConnections();
    });
    c.on('close', () => { console.log('closed by closeAllConnections'); resolve(); });
  });
  server.close(() => console.log('server closed'));
});
