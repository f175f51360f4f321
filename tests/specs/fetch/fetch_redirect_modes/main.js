// redirect: 'manual' returns the 3xx response, 'error' rejects, and more than 20 hops reject.
const http = require('http');
function serve(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
serve((req, res) => {
  if (req.url === '/loop') {
    res.writeHead(302, { location: '/loop' });
    res.end();
    return;
  }
  if (req.url === '/bad-scheme') {
    res.writeHead(302, { location: 'ftp://127.0.0.1/' });
    res.end();
    return;
  }
  res.writeHead(301, { location: '/elsewhere' });
  res.end('moved');
}).then(async (server) => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const manual = await fetch(`${base}/x`, { redirect: 'manual' });
  console.log(manual.status, manual.type, manual.redirected, manual.headers.get('location'), await manual.text());
  for (const [path, init] of [['/x', { redirect: 'error' }], ['/loop', {}], ['/bad-scheme', {}]]) {
    try {
      await fetch(base + path, init);
    } catch (error) {
      console.log(error.name, error.message, error.cause?.message);
    }
  }
  server.close();
});
