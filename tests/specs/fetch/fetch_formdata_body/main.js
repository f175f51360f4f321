// A FormData body goes out as multipart/form-data, as undici encodes it.
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
    const type = req.headers['content-type'];
    const boundary = /boundary=(.*)$/.exec(type)[1];
    const body = Buffer.concat(chunks).toString('latin1').split(boundary).join('BOUNDARY');
    res.end(JSON.stringify({ type: type.replace(boundary, 'BOUNDARY'), body, length: req.headers['content-length'] === String(Buffer.concat(chunks).length) }));
  });
}).then(async (server) => {
  const form = new FormData();
  form.append('field', 'line1\nline2');
  form.append('file', new Blob(['file body'], { type: 'text/x' }), 'na"me.txt');
  form.append('blob', new Blob([new Uint8Array([1, 2])]));
  const response = await fetch(`http://127.0.0.1:${server.address().port}/`, { method: 'POST', body: form });
  console.log(await response.json());
  server.close();
});
