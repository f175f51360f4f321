const http = require('http');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    console.log('server', req.method, req.headers['content-type'], req.headers['content-length'],
                req.headers['transfer-encoding'], JSON.stringify(body));
    res.writeHead(201, { 'X-Len': String(body.length) });
    res.end(body.toUpperCase());
  });
});
function post(port, body, headers) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/echo', headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => {
        console.log('client', res.statusCode, res.statusMessage, res.headers['x-len'], data);
        resolve();
      });
    });
    for (const part of body) req.write(part);
    req.end();
  });
}
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await post(port, ['hello ', 'chunked ', 'world'], { 'Content-Type': 'text/plain' });
  await post(port, ['{"a":1}'], { 'Content-Type': 'application/json', 'Content-Length': 7 });
  await post(port, [], {});
  server.close();
});
