const net = require('net');
const server = net.createServer((s) => {
  server.close(() => console.log('server close callback (after the last connection)'));
  console.log('listening after close()', server.listening);
  setTimeout(() => s.end('bye'), 30);
});
server.on('close', () => console.log('server close event'));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client got', d));
  c.on('close', () => console.log('client close'));
});
