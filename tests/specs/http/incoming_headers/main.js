// How repeated request headers combine, rawHeaders, headersDistinct and trailers.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('headers', req.headers);
  console.log('rawHeaders', req.rawHeaders);
  console.log('distinct', req.headersDistinct);
  req.resume();
  req.on('end', () => {
    console.log('trailers', req.trailers, req.rawTrailers, req.trailersDistinct);
    res.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write('POST /x HTTP/1.1\r\nHost: a\r\nHost: b\r\nCookie: a=1\r\nCookie: b=2\r\n' +
          'Set-Cookie: s=1\r\nSet-Cookie: s=2\r\nAccept: text/html\r\nACCEPT: text/plain\r\n' +
          'Content-Type: x\r\ncontent-type: y\r\nX-Custom:   spaced value  \r\n' +
          'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
          '3\r\nabc\r\n0\r\nX-Trailer: t1\r\nX-Trailer: t2\r\n\r\n');
  c.resume();
  c.on('end', () => server.close());
});
