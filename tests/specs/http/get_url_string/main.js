const http = require('http');
const server = http.createServer((req, res) => {
  console.log('request', req.method, req.url, req.httpVersion);
  console.log('host ok', req.headers.host === `127.0.0.1:${server.address().port}`);
  console.log('connection header', req.headers.connection);
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello world');
});
server.listen(0, '127.0.0.1', () => {
  http.get(`http://127.0.0.1:${server.address().port}/path?x=1`, (res) => {
    console.log('status', res.statusCode, res.statusMessage, res.httpVersion);
    console.log('headers', Object.keys(res.headers));
    console.log('content-type', res.headers['content-type'], 'length', res.headers['content-length']);
    res.setEncoding('utf8');
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('body', body, 'complete', res.complete);
      server.close(() => console.log('server closed'));
    });
  });
});
