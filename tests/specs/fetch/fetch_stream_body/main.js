// A ReadableStream request body (duplex: 'half') goes out chunked; without duplex it is an error.
const http = require('http');
function serve(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
serve((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => res.end(JSON.stringify({ te: req.headers['transfer-encoding'], body })));
}).then(async (server) => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let n = 0;
  const stream = new ReadableStream({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (n === 3) {
        controller.close();
        return;
      }
      controller.enqueue(new TextEncoder().encode(`part${n++};`));
    },
  });
  const response = await fetch(base, { method: 'POST', body: stream, duplex: 'half' });
  console.log(await response.json());
  const big = new Uint8Array(300000).fill(97);
  const bigStream = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 4; i++) controller.enqueue(big);
      controller.close();
    },
  });
  const bigResponse = await fetch(base, { method: 'PUT', body: bigStream, duplex: 'half' });
  console.log((await bigResponse.json()).body.length);
  try {
    await fetch(base, { method: 'POST', body: new ReadableStream() });
  } catch (error) {
    console.log(error.name, error.message);
  }
  server.close();
});
