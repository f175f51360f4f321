// Sequential fetches reuse kept-alive connections; concurrent ones all complete.
const http = require('http');
function serve(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
const sockets = new Set();
serve((req, res) => {
  sockets.add(req.socket);
  res.end(req.url);
}).then(async (server) => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (let i = 0; i < 5; i++) await (await fetch(`${base}/${i}`)).text();
  console.log('sequential requests on at most 2 connections:', sockets.size <= 2);
  const texts = await Promise.all(Array.from({ length: 20 }, (_, i) => fetch(`${base}/c${i}`).then((r) => r.text())));
  console.log(texts.length, texts[19]);
  server.close();
});
