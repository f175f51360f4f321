const net = require('net');
const server = net.createServer((s) => {
  s.on('close', (hadError) => { console.log('server side close', hadError); server.close(); });
  s.on('error', (e) => console.log('server side error', e.code));
  s.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.destroy(new Error('boom'));
  });
  c.on('error', (e) => console.log('client error', e.message));
  c.on('close', (hadError) => console.log('client close', hadError, c.destroyed));
});
