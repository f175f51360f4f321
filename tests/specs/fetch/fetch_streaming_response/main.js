// A response body arrives as a ReadableStream while the server is still writing.
const http = require('http');
function serve(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
serve((req, res) => {
  let n = 0;
  res.writeHead(200, { 'content-type': 'text/plain' });
  const timer = setInterval(() => {
    res.write(`chunk${n};`);
    if (++n === 3) {
      clearInterval(timer);
      res.end();
    }
  }, 30);
}).then(async (server) => {
  const response = await fetch(`http://127.0.0.1:${server.address().port}/`);
  console.log(response.status, response.headers.get('transfer-encoding'));
  const decoder = new TextDecoder();
  const parts = [];
  for await (const chunk of response.body) {
    console.log(chunk instanceof Uint8Array);
    parts.push(decoder.decode(chunk));
  }
  console.log(parts.join(''), response.bodyUsed);
  server.close();
});
