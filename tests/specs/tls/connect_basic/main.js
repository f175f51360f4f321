// tls.createServer + tls.connect over 127.0.0.1: the events in order, the state of both ends,
// data both ways and close_notify half-close.
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const f = (n) => fs.readFileSync(path.join(__dirname, '../../../fixtures/tls', n));
const server = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem') });
server.on('connection', (raw) => console.log('server connection', raw.constructor.name));
server.on('secureConnection', (s) => {
  console.log('server secureConnection', s.encrypted, s.authorized, s.getProtocol(), s.servername);
  s.setEncoding('utf8');
  s.on('data', (d) => console.log('server data', d));
  s.on('end', () => { console.log('server end'); s.end('bye from server'); });
  s.write('hello from server');
});
server.listen(0, '127.0.0.1', () => {
  const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: f('ca-cert.pem') }, () => {
    console.log('secureConnect', client.authorized, client.authorizationError, client.encrypted);
    console.log('protocol', client.getProtocol(), client.getCipher().version, client.alpnProtocol, client.servername);
    console.log('remote', client.remoteAddress === '127.0.0.1', client.remotePort === server.address().port);
    client.write('hello from client');
  });
  console.log('connecting', client.connecting, client instanceof tls.TLSSocket, client.encrypted);
  client.setEncoding('utf8');
  let n = 0;
  client.on('data', (d) => {
    console.log('client data', d);
    if (++n === 1) client.end();
  });
  client.on('end', () => console.log('client end'));
  client.on('close', (hadError) => {
    console.log('client close', hadError);
    server.close(() => console.log('server closed'));
  });
});
