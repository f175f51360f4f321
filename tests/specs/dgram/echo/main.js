// A UDP echo over loopback: bind, message with rinfo, send with callbacks, lists of buffers,
// names looked up, close.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
let replies = 0;
server.on('message', (msg, rinfo) => {
  console.log('server got', JSON.stringify(msg.toString()), rinfo.family, rinfo.size,
              rinfo.address, typeof rinfo.port);
  server.send(`echo ${msg}`, rinfo.port, rinfo.address, (err, bytes) => console.log('reply', err, bytes));
});
server.on('listening', () => {
  const { address, family } = server.address();
  console.log('listening', address, family);
  // One datagram in flight at a time, so that the output has one order.
  const client = dgram.createSocket('udp4', (msg) => {
    console.log('client got', msg.toString());
    if (++replies === 1) {
      client.send(['a', Buffer.from('b'), new Uint8Array([99])], server.address().port, 'localhost');
    } else {
      client.close(() => console.log('client closed'));
      server.close();
    }
  });
  client.send(Buffer.from('hello'), server.address().port, '127.0.0.1', (err, n) => {
    console.log('sent', err, n);
  });
});
server.on('close', () => console.log('server close'));
server.bind(0, '127.0.0.1');
