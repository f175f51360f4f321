// exportKeyingMaterial (RFC 5705) gives both ends the same bytes, with Node's argument errors;
// getFinished/getPeerFinished return the Finished messages.
const tls = require('tls'), fs = require('fs');
const f = (n) => fs.readFileSync(require('path').join(__dirname, '../../../fixtures/tls', n));
const server = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem') }, (s) => {
  console.log('server ekm', s.exportKeyingMaterial(16, 'label', Buffer.from('ctx')).toString('hex') === globalThis.clientEkm);
  s.end();
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: f('ca-cert.pem') }, () => {
    globalThis.clientEkm = c.exportKeyingMaterial(16, 'label', Buffer.from('ctx')).toString('hex');
    console.log(c.getFinished().length, c.getPeerFinished().length);
    try { c.exportKeyingMaterial(-1, 'x'); } catch (e) { console.log(e.code); }
    try { c.exportKeyingMaterial(8, 5); } catch (e) { console.log(e.code); }
    c.resume();
    c.on('close', () => server.close());
  });
});
