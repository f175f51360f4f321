// Breaking out of a body's async iteration or cancelling it stops the transfer; a fetched body relayed as another request's streamed body.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.method === 'POST') { let n = 0; req.on('data', (d) => n += d.length); req.on('end', () => res.end('got ' + n)); return; }
  res.end(Buffer.alloc(4 << 20, 'a'));
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}/`;
  const r = await fetch(base);
  for await (const chunk of r.body) { console.log('first chunk', chunk.length > 0); break; }
  console.log('bodyUsed', r.bodyUsed);
  const r2 = await fetch(base);
  await r2.body.cancel();
  console.log('cancelled', r2.bodyUsed);
  const src = await fetch(base);
  const relay = await fetch(base, { method: 'POST', body: src.body, duplex: 'half' });
  console.log(await relay.text());
  server.close();
});
