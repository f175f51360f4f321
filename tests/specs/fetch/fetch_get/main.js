// fetch GET from a local server: status, statusText, headers, url, text.
const http = require('http');
function serve(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
serve((req, res) => {
  res.setHeader('X-Method', req.method);
  res.setHeader('X-Url', req.url);
  res.writeHead(200, 'Fine', { 'content-type': 'text/plain' });
  res.end('hello from ' + req.headers['user-agent']);
}).then(async (server) => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const response = await fetch(`${base}/path?q=1#frag`);
  console.log(response.status, response.statusText, response.ok, response.type, response.redirected);
  console.log(response.url === `${base}/path?q=1`);
  console.log(response.headers.get('x-method'), response.headers.get('x-url'), response.headers.get('content-type'));
  console.log(response.headers.get('content-length'), response.bodyUsed);
  console.log(await response.text(), response.bodyUsed);
  const notFound = await fetch(new URL('/missing', base), { method: 'GET' });
  console.log(notFound.status, notFound.ok);
  await notFound.arrayBuffer();
  server.close();
});
