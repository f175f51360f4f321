const net = require('net');
const server = net.createServer((s) => s.end('hello'));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: 'localhost', family: 4 });
  c.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('close', () => server.close());
});
