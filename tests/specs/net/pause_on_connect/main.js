const net = require('net');
const server = net.createServer({ pauseOnConnect: true }, (s) => {
  console.log('paused', s.isPaused());
  s.setEncoding('utf8');
  s.on('data', (d) => console.log('data after resume', d));
  s.on('end', () => { s.end(); server.close(); });
  setTimeout(() => { console.log('resume'); s.resume(); }, 30);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end('early'));
  c.resume();
});
