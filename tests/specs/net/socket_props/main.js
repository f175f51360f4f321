const net = require('net');
const s = new net.Socket();
console.log(s.readyState, s.pending, s.connecting, s.bytesRead, s.bytesWritten, s.remoteAddress, s.localPort);
console.log(JSON.stringify(s.address()), s.setNoDelay() === s, s.setKeepAlive(true, 1000) === s);
const server = net.createServer({ noDelay: true, keepAlive: true }, (c) => { c.end(); });
server.listen(0, '127.0.0.1', () => {
  const c = net.createConnection(server.address().port, '127.0.0.1');
  console.log(c.readyState, c.pending, c.connecting);
  c.on('connect', () => {
    console.log(c.readyState, c.pending, c.connecting);
    console.log(c.setNoDelay(true) === c, c.setKeepAlive(true, 500) === c);
    const a = c.address();
    console.log(a.address, a.family, a.port === c.localPort);
  });
  c.on('end', () => console.log('end', c.readyState));
  c.on('close', () => { console.log('close', c.readyState, c.destroyed); server.close(); });
});
