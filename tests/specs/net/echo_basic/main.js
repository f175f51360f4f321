const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteAddress, typeof sock.remotePort, sock.localPort === server.address().port);
  sock.setEncoding('utf8');
  sock.on('data', (d) => { console.log('server got', d); sock.write('echo:' + d); });
  sock.on('end', () => { console.log('server: end'); sock.end(); });
  sock.on('close', (hadErr) => console.log('server sock close', hadErr));
});
server.on('listening', () => console.log('listening event'));
server.listen(0, '127.0.0.1', () => {
  const { port, family, address } = server.address();
  console.log('listening', family, address, port > 0);
  const c = net.connect(port, '127.0.0.1', () => {
    console.log('client connected', c.remoteAddress, c.remotePort === port, c.remoteFamily, c.localAddress);
    c.write('hello');
  });
  c.setEncoding('utf8');
  c.on('ready', () => console.log('ready'));
  c.on('data', (d) => { console.log('client got', d); c.end(); });
  c.on('end', () => console.log('client end'));
  c.on('close', (hadErr) => { console.log('client close', hadErr, c.bytesRead, c.bytesWritten); server.close(() => console.log('server closed')); });
});
