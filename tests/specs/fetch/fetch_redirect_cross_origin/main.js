// A redirect to another origin drops Authorization (and Cookie); the same origin keeps them.
const http = require('http');
const seen = [];
const server = http.createServer((req, res) => {
  seen.push([req.headers.host.split(':')[0], req.url, req.headers.authorization ?? null, req.headers.cookie ?? null, req.headers['x-keep'] ?? null]);
  if (req.url === '/same') {
    res.writeHead(302, { location: '/cross' });
  } else if (req.url === '/cross') {
    res.writeHead(302, { location: `http://localhost:${server.address().port}/end` });
  }
  res.end('ok');
});
server.listen(0, '127.0.0.1', async () => {
  const response = await fetch(`http://127.0.0.1:${server.address().port}/same`, {
    headers: { authorization: 'Bearer t', cookie: 'c=1', 'x-keep': 'yes' },
  });
  console.log(response.status, await response.text());
  console.log(seen);
  server.close();
});
