const net = require('net');
const server = net.createServer((s) => {
  s.setTimeout(50, () => {
    console.log('server socket timeout', s.timeout);
    s.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('end', () => { console.log('client end'); c.end(); });
  c.on('close', () => { console.log('client close'); server.close(); });
  c.setTimeout(1000);
  c.on('timeout', () => console.log('unexpected client timeout'));
  c.setTimeout(0);
  console.log('timeout after clear', c.timeout);
});
