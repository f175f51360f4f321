// 'upgrade' on both sides (the WebSocket handshake shape), and req.pipe(res).
const http = require('http');
const server = http.createServer((req, res) => {
  req.pipe(res);
});
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.headers.upgrade, req.headers.connection, JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome');
  socket.on('data', (d) => socket.end('echo:' + d));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const req = http.request({ port, host: '127.0.0.1', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(head.toString()));
    socket.write('ping');
    let data = '';
    socket.on('data', (d) => { data += d; });
    socket.on('end', () => {
      console.log('after upgrade', data);
      const post = http.request({ port, host: '127.0.0.1', method: 'POST' }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => { console.log('piped', res.headers['transfer-encoding'], body); server.close(); });
      });
      post.end('pipe me back');
    });
  });
  req.end();
});
