const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');
const sock = path.join(os.tmpdir(), `kiln-net-test-${process.pid}.sock`);
const server = net.createServer((s) => { s.pipe(s); });
server.listen(sock, () => {
  console.log('address is path', server.address() === sock);
  const c = net.connect(sock, () => {
    console.log('connected');
    c.end('ping over unix socket');
  });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('echo:', d));
  c.on('close', () => server.close(() => console.log('closed, socket file removed:', !fs.existsSync(sock))));
});
