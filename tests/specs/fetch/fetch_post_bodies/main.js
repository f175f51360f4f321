// Request bodies: string, bytes, ArrayBuffer, URLSearchParams, Blob, null POST; Content-Type and length.
const http = require('http');
function serve(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
serve((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    res.end(JSON.stringify({
      method: req.method,
      type: req.headers['content-type'],
      length: req.headers['content-length'],
      chunked: req.headers['transfer-encoding'],
      body: Buffer.concat(chunks).toString('latin1'),
    }));
  });
}).then(async (server) => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const bodies = [
    ['POST', 'text ü'],
    ['PUT', new Uint8Array([104, 105])],
    ['PATCH', new Uint16Array([0x6968]).buffer],
    ['POST', new URLSearchParams({ a: '1', b: 'x y' })],
    ['POST', new Blob(['blob'], { type: 'application/x-blob' })],
    ['POST', new DataView(new Uint8Array([65, 66, 67]).buffer, 1)],
    ['POST', null],
    ['DELETE', undefined],
    ['OPTIONS', 'opt'],
  ];
  for (const [method, body] of bodies) {
    console.log(await (await fetch(base, { method, body })).json());
  }
  server.close();
});
