// An Agent with keepAlive reuses one socket for sequential requests; maxSockets queues.
const http = require('http');
let connections = 0;
const server = http.createServer((req, res) => {
  res.end(`reply to ${req.url} (${req.headers.connection})`);
});
server.on('connection', () => { connections++; });
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(port, path) {
  return new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(path, res.statusCode, body, 'reused', req.reusedSocket);
        resolve();
      });
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await get(port, '/a');
  await get(port, '/b');
  await get(port, '/c');
  // Three at once through one socket: queued in agent.requests.
  const parallel = Promise.all([get(port, '/p1'), get(port, '/p2'), get(port, '/p3')]);
  const name = Object.keys(agent.requests)[0];
  console.log('queued', name === `127.0.0.1:${port}:`, agent.requests[name].length);
  await parallel;
  setImmediate(() => {
    console.log('free sockets', Object.values(agent.freeSockets).map((s) => s.length));
    console.log('connections', connections);
    agent.destroy();
    server.close(() => console.log('closed'));
  });
});
