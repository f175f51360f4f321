// The server closing the connection in the middle of a body errors it with TypeError('terminated').
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-length': '100' });
  res.write('partial');
  setTimeout(() => req.socket.destroy(), 50);
});
server.listen(0, '127.0.0.1', async () => {
  const r = await fetch(`http://127.0.0.1:${server.address().port}/`);
  try { await r.text(); } catch (e) { console.log(e.name, e.message, e.cause?.name, e.cause?.code, e.cause?.message); }
  const r2 = await fetch(`http://127.0.0.1:${server.address().port}/`);
  const reader = r2.body.getReader();
  try { for (;;) { const { done } = await reader.read(); if (done) break; } } catch (e) { console.log(e.name, e.message, e.cause?.name, e.cause?.code, e.cause?.message); }
  server.close();
});
