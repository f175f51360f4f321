const net = require('net');
const first = net.createServer();
first.listen(0, '127.0.0.1', () => {
  // a second Server listening on the first one's bound handle ({ _handle } form)
  const port = first.address().port;
  const second = net.createServer((s) => { console.log('second got the connection'); s.end(); });
  second.listen(first, () => {
    console.log('second listening on the same port', second.address().port === port);
    net.connect(port, '127.0.0.1').resume().on('close', () => second.close(() => console.log('closed')));
  });
});
