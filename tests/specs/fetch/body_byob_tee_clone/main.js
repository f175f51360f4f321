// A fetched body is a byte stream: BYOB reads, tee(), and Response.clone() of a network body.
const http = require('http');
const server = http.createServer((req, res) => res.end('0123456789'));
server.listen(0, '127.0.0.1', async () => {
  const r = await fetch(`http://127.0.0.1:${server.address().port}/`);
  const reader = r.body.getReader({ mode: 'byob' });
  let out = '';
  for (;;) {
    const { value, done } = await reader.read(new Uint8Array(4));
    if (done) break;
    out += Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString() + '|';
  }
  console.log(out);
  const [a, b] = (await fetch(`http://127.0.0.1:${server.address().port}/`)).body.tee();
  console.log(await new Response(a).text(), await new Response(b).text());
  const c = await fetch(`http://127.0.0.1:${server.address().port}/`);
  const c2 = c.clone();
  console.log(await c.text(), await c2.arrayBuffer().then((x) => x.byteLength));
  server.close();
});
