// Hostile input: bad request lines, bad headers, oversized headers, missing Host.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request reached the handler', req.url);
  res.end('ok');
});
function raw(port, request) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let data = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { data += d; });
    c.on('error', (e) => console.log('client error', e.code));
    c.on('close', () => {
      console.log(JSON.stringify(data.replace(/Date: [^\r]*\r\n/, 'Date: <date>\r\n')));
      resolve();
    });
    c.write(request);
  });
}
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await raw(port, 'GARBAGE\r\n\r\n');
  await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n');
  await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n');
  await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'a'.repeat(20000) + '\r\n\r\n');
  await raw(port, 'GET /nohost HTTP/1.1\r\nConnection: close\r\n\r\n');
  await raw(port, 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n');
  server.on('clientError', (err, socket) => {
    console.log('clientError', err.code, err.message, err.bytesParsed, Buffer.isBuffer(err.rawPacket));
    socket.end('HTTP/1.1 400 Custom\r\nConnection: close\r\n\r\n');
  });
  await raw(port, 'GET / HTTP/9.9\r\n\r\n');
  server.close(() => console.log('closed'));
});
