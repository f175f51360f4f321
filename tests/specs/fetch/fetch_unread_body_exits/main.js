// A response body stream that nobody reads does not keep the process alive.
const http = require('http');
const server = http.createServer((req, res) => res.end(Buffer.alloc(8 << 20)));
server.listen(0, '127.0.0.1', async () => {
  const r = await fetch(`http://127.0.0.1:${server.address().port}/`);
  r.body;
  server.close();
  console.log('done');
});
