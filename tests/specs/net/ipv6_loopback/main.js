const net = require('net');
const server = net.createServer((s) => {
  console.log('server sees', s.remoteAddress, s.remoteFamily);
  s.end('v6');
});
server.listen(0, '::1', () => {
  const { address, family } = server.address();
  console.log(address, family);
  const c = net.connect({ port: server.address().port, host: '::1' });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client got', d, c.remoteAddress, c.remoteFamily));
  c.on('close', () => server.close());
});
