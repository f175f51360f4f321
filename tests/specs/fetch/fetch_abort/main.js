// signal: an aborted signal rejects at once, an abort before the response rejects with the
// reason, an abort while the body streams errors the body.
const http = require('http');
function serve(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
serve((req, res) => {
  if (req.url === '/slow-head') {
    setTimeout(() => res.end('late'), 2000).unref();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.write('first chunk;');
  setTimeout(() => res.end('never read'), 2000).unref();
}).then(async (server) => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    await fetch(base, { signal: AbortSignal.abort() });
  } catch (error) {
    console.log('pre-aborted:', error.name, error.message, error instanceof DOMException, error.code);
  }
  const custom = new AbortController();
  custom.abort(new Error('my reason'));
  try {
    await fetch(base, { signal: custom.signal });
  } catch (error) {
    console.log('custom reason:', error.message);
  }
  const early = new AbortController();
  setTimeout(() => early.abort(), 50);
  try {
    await fetch(`${base}/slow-head`, { signal: early.signal });
  } catch (error) {
    console.log('before response:', error.name, error.message);
  }
  const late = new AbortController();
  const response = await fetch(base, { signal: late.signal });
  const reader = response.body.getReader();
  const { value } = await reader.read();
  console.log('got', new TextDecoder().decode(value));
  late.abort();
  try {
    await reader.read();
  } catch (error) {
    console.log('during body:', error.name, error.message);
  }
  const late2 = new AbortController();
  const response2 = await fetch(base, { signal: late2.signal });
  setTimeout(() => late2.abort(), 50);
  try {
    await response2.text();
  } catch (error) {
    console.log('text():', error.name, error.message);
  }
  server.closeAllConnections();
  server.close();
});
