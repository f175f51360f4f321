const net = require('net');
function t(f) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.code, e.name, e.message); }
}
t(() => net.connect({ port: 70000, host: '127.0.0.1' }));
t(() => net.connect({ port: -1, host: '127.0.0.1' }));
t(() => net.connect({ port: true, host: '127.0.0.1' }));
t(() => net.connect({ port: 80, host: 5 }));
t(() => net.createServer().listen({ port: 99999 }));
t(() => net.createServer().listen({ foo: 1 }));
t(() => new net.Socket().setTimeout('x'));
t(() => new net.Socket().setTimeout(10, 'x'));
t(() => net.connect({ port: 80, host: '127.0.0.1', localAddress: 'nope' }));
t(() => { const s = net.createServer().listen(0); try { s.listen(0); } finally { s.close(); } });
const s = net.createServer();
s.close((err) => console.log('close cb', err.code, err.message));
console.log('address before listen', s.address(), s.listening);
