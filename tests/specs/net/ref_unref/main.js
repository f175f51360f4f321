const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  console.log('listening; unref so the process can exit');
  server.unref();
});
process.on('exit', () => console.log('exit, still listening:', server.listening));
