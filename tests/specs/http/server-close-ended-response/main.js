// server.close() closes idle connections as Node's does: one whose response has ended (end()
// called) counts as idle even while the body is still unsent to a client that is not reading,
// so the server's 'close' comes at once instead of after the keep-alive timeout.
const http = require('http');
const net = require('net');

const started = Date.now();
const soon = () => (Date.now() - started < 2000 ? 'soon' : 'late');
let client;
const server = http.createServer((req, res) => {
  res.end(Buffer.alloc(8 << 20));  // far more than the socket buffers hold
  // Once the request has been parsed to its end (after this handler returns).
  setTimeout(() => {
    server.close(() => {
      console.log('server closed', soon());
      client.destroy();
    });
  }, 100);
});
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1', () => {
    client.pause();  // does not read the response
    client.write('GET /big HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
  });
  client.on('error', () => {});
});
