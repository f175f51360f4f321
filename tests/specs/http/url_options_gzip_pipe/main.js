// http.get(url, options), agent: false, createConnection, piping a gzip body, chained setHeader.
const http = require('http');
const net = require('net');
const zlib = require('zlib');
const server = http.createServer((req, res) => {
  if (req.url === '/gzip') {
    res.setHeader('Content-Encoding', 'gzip').setHeader('X-Chain', 'yes');
    const gz = zlib.createGzip();
    gz.pipe(res);
    gz.end('compressed body '.repeat(100));
    return;
  }
  res.writeHead(200, { 'X-Url': req.url, 'X-H': req.headers['x-h'] || '' }).end('plain');
});
server.listen(async () => {
  const { port } = server.address();
  console.log(typeof port, server.address().family);
  await new Promise((resolve) => {
    http.get(`http://localhost:${port}/u`, { headers: { 'X-H': 'merged' }, agent: false }, (res) => {
      console.log(res.headers['x-url'], res.headers['x-h']);
      res.resume();
      res.on('end', resolve);
    });
  });
  await new Promise((resolve) => {
    http.get({ port, path: '/gzip', createConnection: (opts, cb) => net.createConnection({ port, host: '127.0.0.1' }) }, (res) => {
      console.log(res.headers['content-encoding'], res.headers['x-chain'], res.headers['transfer-encoding']);
      const chunks = [];
      res.pipe(zlib.createGunzip()).on('data', (d) => chunks.push(d)).on('end', () => {
        console.log(Buffer.concat(chunks).toString().length);
        resolve();
      });
    });
  });
  const req = http.request(new URL(`http://127.0.0.1:${port}/x`), { method: 'PUT' }, (res) => {
    console.log('url+options', res.statusCode, res.headers['x-url']);
    res.resume();
    res.on('end', () => server.close(() => console.log('closed')));
  });
  console.log(req.method, req.path, req.host, req.protocol, req.getHeader('host') === `127.0.0.1:${port}`);
  req.end();
});
