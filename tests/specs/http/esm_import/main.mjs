import http, { createServer, request, STATUS_CODES } from 'node:http';
console.log(typeof http.createServer, typeof createServer, typeof request, STATUS_CODES[200]);
const server = createServer((req, res) => res.end('esm ' + req.method));
server.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const body = await new Promise((resolve) => {
  request({ port: server.address().port, host: '127.0.0.1', method: 'DELETE' }, (res) => {
    let data = '';
    res.on('data', (d) => { data += d; });
    res.on('end', () => resolve(data));
  }).end();
});
console.log(body);
server.close();
