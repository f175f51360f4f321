// 404 and 500 flows, a throwing handler turned into 500 by the app, and http.get with a URL.
const http = require('http');
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/ok') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ q: url.searchParams.get('q') }));
    return;
  }
  if (url.pathname === '/error') {
    try {
      throw new Error('boom');
    } catch (err) {
      res.statusCode = 500;
      res.end(`Internal error: ${err.message}`);
    }
    return;
  }
  res.writeHead(404, 'Not Here', { 'Content-Type': 'text/plain' });
  res.end('no such page');
});
function get(url) {
  return new Promise((resolve) => {
    http.get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(res.statusCode, res.statusMessage, res.headers['content-type'], body);
        resolve();
      });
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  await get(new URL('/ok?q=kiln', base));
  await get(`${base}/error`);
  await get(new URL('/missing', base));
  await get({ hostname: '127.0.0.1', port: server.address().port, path: '/ok?q=opts' });
  console.log(http.STATUS_CODES[404], http.STATUS_CODES[418], http.STATUS_CODES[999]);
  console.log(Object.keys(http.STATUS_CODES).length, http.METHODS.includes('GET'), http.METHODS.includes('M-SEARCH'));
  console.log(http.maxHeaderSize);
  server.close();
});
