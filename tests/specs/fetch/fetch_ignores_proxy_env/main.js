// fetch ignores HTTP_PROXY/http_proxy/ALL_PROXY (as Node's does by default): the request goes
// straight to the server even though the proxy named in the environment does not exist.
const http = require('http');
const server = http.createServer((req, res) => res.end(`direct ${req.url}`));
server.listen(0, '127.0.0.1', async () => {
  console.log(process.env.HTTP_PROXY, process.env.http_proxy);
  const response = await fetch(`http://127.0.0.1:${server.address().port}/x`);
  console.log(response.status, await response.text());
  server.close();
});
