const net = require('net');
const server = net.createServer((s) => {
  console.log('connection accepted');
  s.end('welcome');
});
server.maxConnections = 1;
server.on('drop', () => console.log('drop event'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const first = net.connect(port, '127.0.0.1');
  first.on('connect', () => {
    // the accepted connection stays open until first ends; a second is dropped
    const second = net.connect(port, '127.0.0.1');
    second.on('error', () => {});
    second.on('close', () => {
      console.log('second closed');
      server.getConnections((err, n) => {
        console.log('connections', err, n);
        first.end();
      });
    });
    second.resume();
  });
  first.setEncoding('utf8');
  first.on('data', (d) => console.log('first got', d));
  first.on('close', () => server.close(() => console.log('server closed')));
});
