// Large bodies both ways, read slowly through the stream (backpressure) and all at once.
const http = require('http');
function serve(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
const size = 8 * 1024 * 1024;
serve((req, res) => {
  if (req.method === 'POST') {
    let length = 0;
    req.on('data', (chunk) => { length += chunk.length; });
    req.on('end', () => res.end(String(length)));
    return;
  }
  res.end(Buffer.alloc(size, 'x'));
}).then(async (server) => {
  const base = `http://127.0.0.1:${server.address().port}/`;
  const whole = await (await fetch(base)).arrayBuffer();
  console.log(whole.byteLength);
  const reader = (await fetch(base)).body.getReader();
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    total += value.byteLength;
    await new Promise((resolve) => setImmediate(resolve));
  }
  console.log(total);
  console.log(await (await fetch(base, { method: 'POST', body: new Uint8Array(size) })).text());
  server.close();
});
