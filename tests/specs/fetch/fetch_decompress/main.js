// gzip, deflate and br bodies are decoded; Content-Encoding and Content-Length stay as sent.
const zlib = require('zlib');
const http = require('http');
function serve(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
const text = 'compressed text '.repeat(100);
serve((req, res) => {
  const encoding = req.url.slice(1);
  const body = encoding === 'gzip' ? zlib.gzipSync(text)
    : encoding === 'deflate' ? zlib.deflateSync(text)
      : encoding === 'br' ? zlib.brotliCompressSync(text) : Buffer.from(text);
  res.writeHead(200, { 'content-encoding': encoding, 'content-length': body.length });
  res.end(body);
}).then(async (server) => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const encoding of ['gzip', 'deflate', 'br', 'identity']) {
    const response = await fetch(`${base}/${encoding}`);
    const body = await response.text();
    console.log(encoding, response.headers.get('content-encoding'), Number(response.headers.get('content-length')) > 0, body === text);
  }
  server.close();
});
