const http = require('http');
console.log(http.maxHeaderSize);
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1',
                         headers: { 'x-big': 'a'.repeat(2000) } }, (res) => {
    console.log('status', res.statusCode);
    res.resume();
    res.on('end', () => server.close());
  });
  req.on('error', (e) => { console.log('error', e.code); server.close(); });
});
