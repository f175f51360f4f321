// Response headers: repeated names combine with ", ", Set-Cookie stays apart; HEAD and 204 have no body.
const http = require('http');
function serve(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
serve((req, res) => {
  if (req.url === '/empty') {
    res.writeHead(204);
    res.end();
    return;
  }
  res.setHeader('Set-Cookie', ['a=1; Path=/', 'b=2']);
  res.setHeader('X-Multi', ['one', 'two']);
  res.setHeader('X-Latin', 'caf\xe9');
  res.end('body');
}).then(async (server) => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const response = await fetch(base);
  console.log(response.headers.getSetCookie(), response.headers.get('set-cookie'));
  console.log(response.headers.get('x-multi'), JSON.stringify(response.headers.get('x-latin')));
  console.log([...response.headers.keys()]);
  await response.text();
  const head = await fetch(base, { method: 'HEAD' });
  console.log(head.status, head.body, head.headers.get('content-length'), await head.text());
  const empty = await fetch(`${base}/empty`);
  console.log(empty.status, empty.body, await empty.text());
  server.close();
});
