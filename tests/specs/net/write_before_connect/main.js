const net = require('net');
const server = net.createServer((s) => {
  let got = '';
  s.setEncoding('utf8');
  s.on('data', (d) => { got += d; });
  s.on('end', () => { console.log('server got', JSON.stringify(got)); s.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('connecting', c.connecting, c.readyState);
  c.write('one,');
  c.write(Buffer.from('two,'));
  c.write('three', 'latin1', () => console.log('write cb after connect', c.connecting));
  c.end();
  c.on('close', () => console.log('client close'));
});
