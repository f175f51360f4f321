// The exact bytes a server writes: Content-Length from end(), chunked from write(), HEAD, 204.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  if (req.url === '/len') {
    res.end('hello');
  } else if (req.url === '/chunked') {
    res.write('abc');
    res.write(Buffer.from('defgh'));
    res.end('');
  } else if (req.url === '/head') {
    res.setHeader('Content-Length', 10);
    res.end();
  } else if (req.url === '/nocontent') {
    res.writeHead(204);
    res.end();
  } else if (req.url === '/trailers') {
    res.writeHead(200, { Trailer: 'X-Sum' });
    res.write('data');
    res.addTrailers({ 'X-Sum': '42' });
    res.end();
  } else if (req.url === '/raw-array') {
    res.writeHead(200, 'Fine', ['Set-Cookie', 'a=1', 'Set-Cookie', 'b=2', 'content-length', '2']);
    res.end('ok');
  } else {
    res.statusCode = 404;
    res.statusMessage = 'Nope';
    res.end('missing');
  }
});
function raw(port, request) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let data = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { data += d; });
    c.on('end', () => {
      console.log(JSON.stringify(data.replace(/Date: [^\r]*\r\n/, 'Date: <date>\r\n')));
      resolve();
    });
    c.write(request);
  });
}
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const path of ['/len', '/chunked', '/nocontent', '/trailers', '/raw-array', '/missing']) {
    await raw(port, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  }
  await raw(port, 'HEAD /head HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  await raw(port, 'GET /len HTTP/1.0\r\n\r\n');
  server.close();
});
