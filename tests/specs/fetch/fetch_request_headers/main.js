// The request headers fetch sends by default, and user headers alongside them.
const http = require('http');
function serve(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
serve((req, res) => {
  const { host, ...rest } = req.headers;
  res.end(JSON.stringify(rest));
}).then(async (server) => {
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log(await (await fetch(base)).json());
  console.log(await (await fetch(base, { headers: { 'X-Custom': 'a', 'User-Agent': 'mine', Accept: 'text/html' } })).json());
  console.log(await (await fetch(base, { headers: [['x-multi', '1'], ['X-Multi', '2']] })).json());
  server.close();
});
