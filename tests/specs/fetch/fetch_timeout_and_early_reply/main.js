// AbortSignal.timeout rejects with its TimeoutError; a server answering before reading a large body; a Request input with a body.
const http = require('http');
const server = http.createServer((req, res) => { if (req.url === '/early') { res.writeHead(413); res.end('too big'); return; } setTimeout(() => res.end('slow'), 1000).unref(); });
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try { await fetch(base, { signal: AbortSignal.timeout(50) }); } catch (e) { console.log(e.name, e.message, e.code); }
  const r = await fetch(`${base}/early`, { method: 'POST', body: new Uint8Array(4 << 20) });
  console.log(r.status, await r.text());
  const req = new Request(`${base}/early`, { method: 'PUT', body: 'abc', headers: { 'x-a': '1' } });
  const r2 = await fetch(req, { method: 'POST' });
  console.log(r2.status, req.bodyUsed);
  server.closeAllConnections();
  server.close();
});
