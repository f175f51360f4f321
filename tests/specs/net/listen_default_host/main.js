const net = require('net');
const server = net.createServer((s) => { s.end('hi'); });
server.listen(0, () => {
  const addr = server.address();
  console.log(addr.address, addr.family, typeof addr.port);
  net.connect(addr.port, '127.0.0.1').setEncoding('utf8').on('data', (d) => console.log('got', d))
    .on('close', () => server.close());
});
