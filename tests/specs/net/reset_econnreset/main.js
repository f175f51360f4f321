const net = require('net');
const server = net.createServer((s) => {
  s.on('data', () => s.resetAndDestroy());
  s.on('close', () => server.close());
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('x'));
  c.on('error', (e) => console.log('client error', e.code, e.syscall, e.message));
  c.on('close', (hadError) => console.log('client close', hadError));
});
