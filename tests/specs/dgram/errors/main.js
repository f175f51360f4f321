// dgram's argument checks and state errors, as Node reports them.
const dgram = require('dgram');
const show = (f) => { try { f(); } catch (e) { console.log(e.name, e.code, e.message); } };
show(() => dgram.createSocket('udp5'));
const s = dgram.createSocket('udp4');
show(() => s.send('x', 70000, '127.0.0.1'));
show(() => s.send(42, 1234));
show(() => s.disconnect());
show(() => s.remoteAddress());
show(() => s.setRecvBufferSize(-1));
s.bind(0, () => {
  show(() => s.bind(0));
  show(() => s.setTTL('x'));
  console.log(s.setTTL(64), s.setMulticastTTL(3), s.setMulticastLoopback(true));
  s.setBroadcast(true);
  console.log(s.getRecvBufferSize() > 0, s.getSendBufferSize() > 0);
  s.close();
  show(() => s.close());
  show(() => s.address());
  show(() => s.send('late', 1234, '127.0.0.1'));
});
const bad = dgram.createSocket('udp4');
bad.on('error', (e) => { console.log('bind error', e.code, e.syscall); bad.close(); });
bad.bind(0, '10.255.255.254');
