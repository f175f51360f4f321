const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  server.close(() => {
    const c = net.connect({ port, host: '127.0.0.1' });
    c.on('connect', () => console.log('unexpected connect'));
    c.on('error', (err) => {
      console.log(err.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
      console.log(err.code, err.errno, err.syscall, err.address, err.port === port);
      console.log(err instanceof Error, c.destroyed, c.connecting);
    });
    c.on('close', (hadError) => console.log('close', hadError));
  });
});
