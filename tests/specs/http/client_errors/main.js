// Client-side failures: refused connection, bad arguments, abort by signal, destroy, hang up.
const http = require('http');
const net = require('net');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
attempt('bad protocol', () => http.request('https://127.0.0.1/'));
attempt('bad method', () => http.request({ method: 'BAD METHOD' }));
attempt('method type', () => http.request({ method: 5 }));
attempt('bad path', () => http.request({ path: '/a b' }));
attempt('bad agent', () => http.request({ agent: 'x' }));
attempt('bad url', () => http.request('not a url'));
attempt('bad header', () => http.request({ headers: { 'x y': 1 } }));

const server = http.createServer((req, res) => {
  if (req.url === '/hangup') {
    req.socket.destroy();
    return;
  }
  if (req.url === '/slow') return; // never answers
  res.end('ok');
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await new Promise((resolve) => {
    // A port that nobody listens on: bind one and close it.
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const closedPort = probe.address().port;
      probe.close(() => {
        http.get({ port: closedPort, host: '127.0.0.1' }).on('error', (err) => {
          console.log('refused', err.code, err.syscall, err.message === `connect ECONNREFUSED 127.0.0.1:${closedPort}`);
          resolve();
        });
      });
    });
  });
  await new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path: '/hangup' }).on('error', (err) => {
      console.log('hang up', err.code, err.message);
      resolve();
    });
  });
  await new Promise((resolve) => {
    const controller = new AbortController();
    const req = http.get({ port, host: '127.0.0.1', path: '/slow', signal: controller.signal });
    req.on('error', (err) => console.log('aborted', err.name, err.code, err.message));
    req.on('close', () => { console.log('close after abort', req.destroyed); resolve(); });
    setTimeout(() => controller.abort(), 20);
  });
  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: '/slow' });
    req.on('error', (err) => console.log('destroyed', err.code, err.message));
    req.on('close', resolve);
    req.on('socket', () => setTimeout(() => req.destroy(), 20));
  });
  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: '/slow', timeout: 30 });
    req.on('timeout', () => { console.log('request timeout event'); req.destroy(new Error('gave up')); });
    req.on('error', (err) => console.log('timeout error', err.message));
    req.on('close', resolve);
  });
  server.closeAllConnections();
  server.close(() => console.log('closed'));
});
