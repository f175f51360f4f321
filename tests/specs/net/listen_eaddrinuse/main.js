const net = require('net');
const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const { port } = a.address();
  const b = net.createServer();
  b.on('error', (err) => {
    console.log(err.message === `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    console.log(err.code, err.errno, err.syscall, err.address, err.port === port);
    console.log('listening', b.listening);
    a.close(() => console.log('closed a'));
  });
  b.listen(port, '127.0.0.1', () => console.log('unexpected listen'));
});
