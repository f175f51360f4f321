const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (s) => {
  let body = '';
  s.setEncoding('utf8');
  s.on('data', (d) => { body += d; });
  s.on('end', () => {
    console.log('server end, writable:', s.writable, 'body:', body);
    setTimeout(() => s.end('reply after end'), 20);
  });
  s.on('close', () => { console.log('server socket close'); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  c.setEncoding('utf8');
  c.on('connect', () => { c.end('request'); });
  c.on('finish', () => console.log('client finish, readable:', c.readable));
  c.on('data', (d) => console.log('client data:', d));
  c.on('end', () => console.log('client end'));
  c.on('close', () => console.log('client close'));
});
