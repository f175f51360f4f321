// headersTimeout / requestTimeout: a client that stalls gets 408 and the socket closes.
const http = require('http');
const net = require('net');
const server = http.createServer({ headersTimeout: 100, requestTimeout: 300, connectionsCheckingInterval: 20 }, (req, res) => {
  console.log('request', req.url);
  req.resume();
  req.on('end', () => res.end('ok'));
});
console.log(server.headersTimeout, server.requestTimeout, server.keepAliveTimeout, server.timeout);
function stall(port, text, label) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let data = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { data += d; });
    c.on('close', () => { console.log(label, JSON.stringify(data)); resolve(); });
    c.write(text);
  });
}
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await stall(port, 'GET /partial HTTP/1.1\r\nHost: x\r\n', 'headers stalled');
  await stall(port, 'POST /body HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc', 'body stalled');
  server.close(() => console.log('closed'));
});
