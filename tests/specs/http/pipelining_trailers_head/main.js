// Pipelined requests answered in order, trailers and HEAD on the client, a Content-Length POST.
const http = require('http');
const net = require('net');
const events = [];
const server = http.createServer((req, res) => {
  if (req.url === '/trailers') {
    res.writeHead(200, { Trailer: 'X-Check' });
    res.write('part1,');
    res.addTrailers({ 'X-Check': 'ok' });
    res.end('part2');
    return;
  }
  if (req.url === '/slow') {
    setTimeout(() => res.end('slow ' + req.url), 30);
    return;
  }
  res.end('fast ' + req.url);
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  // Pipelined requests on one socket: answered in order.
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let data = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { data += d; });
    c.on('end', () => {
      console.log(data.replace(/Date: [^\r]*\r\n/g, '').split('\r\n').filter((l) => !l.startsWith('Keep-Alive')).join('|'));
      resolve();
    });
    c.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  // Client side trailers and HEAD.
  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: '/trailers' }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log('client trailers', body, res.trailers, res.rawTrailers);
        resolve();
      });
    });
    req.on('close', () => events.push('req close'));
    req.on('finish', () => events.push('req finish'));
  });
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'HEAD', path: '/h' }, (res) => {
      console.log('HEAD', res.statusCode, res.headers['content-length']);
      res.on('data', () => console.log('unexpected data'));
      res.on('end', resolve);
    });
    req.end();
  });
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/cl', headers: { 'content-length': 6 } }, (res) => {
      res.resume();
      res.on('end', () => { console.log('post with content-length', res.statusCode); resolve(); });
    });
    req.write('abc');
    req.write('def');
    req.end();
  });
  setTimeout(() => {
    console.log(events);
    server.close();
  }, 20);
});
