// connect()/disconnect(), remoteAddress(), sends on a connected socket, and udp6 with ipv6Only.
const dgram = require('dgram');
const show = (f) => { try { f(); } catch (e) { console.log(e.name, e.code, e.message); } };
const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  server.on('message', (msg) => {
    console.log('server got', msg.toString());
    server.close();
  });
  const client = dgram.createSocket('udp4');
  client.connect(port, '127.0.0.1', () => {
    console.log('connected', client.remoteAddress().port === port);
    show(() => client.connect(port));
    client.send('over connection', (err, n) => {
      console.log('sent', err, n);
      client.disconnect();
      show(() => client.remoteAddress());
      client.close();
    });
  });
});
const six = dgram.createSocket({ type: 'udp6', ipv6Only: true });
six.bind(0, '::1', () => {
  console.log('six', six.address().family, six.address().address);
  six.close();
});
