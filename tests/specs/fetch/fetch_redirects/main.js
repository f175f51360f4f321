// Redirects followed in JS: 301/302 turn POST into GET, 303 into GET, 307/308 keep method and body.
const http = require('http');
function serve(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
serve((req, res) => {
  const [, code, rest] = /^\/(\d+)(.*)$/.exec(req.url) ?? [];
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    if (code) {
      res.writeHead(Number(code), { location: rest || '/done' });
      res.end('redirecting');
      return;
    }
    res.end(JSON.stringify({ url: req.url, method: req.method, body, type: req.headers['content-type'] ?? null }));
  });
}).then(async (server) => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const code of [301, 302, 303, 307, 308]) {
    const response = await fetch(`${base}/${code}`, { method: 'POST', body: 'payload' });
    console.log(code, response.status, response.redirected, response.url.replace(base, ''), await response.json());
  }
  const chain = await fetch(`${base}/302/301/307/done`);
  console.log(chain.url.replace(base, ''), chain.redirected, await chain.text());
  const put = await fetch(`${base}/303`, { method: 'PUT', body: 'x' });
  console.log(await put.json());
  server.close();
});
