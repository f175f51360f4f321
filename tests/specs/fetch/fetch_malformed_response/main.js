// A reply that is not HTTP/1.1 rejects with an HTTPParserError cause; a short body errors the body.
const net = require('net');
const cases = ['HTTP/1.1 200 OK\r\nBad Header\r\n\r\n', 'garbage\r\n\r\n', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab'];
(async () => {
  for (const reply of cases) {
    const server = net.createServer((socket) => { socket.once('data', () => { socket.end(reply); }); });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    try {
      const res = await fetch(`http://127.0.0.1:${server.address().port}/`);
      console.log('status', res.status, await res.text());
    } catch (e) { console.log(e.name, e.message, e.cause?.name, e.cause?.code, e.cause?.message); }
    server.close();
  }
})();
