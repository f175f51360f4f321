// Session ticket keys: getTicketKeys/setTicketKeys and the ticketKeys option with Node's checks;
// two servers sharing keys resume each other's sessions (TLS 1.3 and 1.2), other keys do not.
const tls = require('tls'), fs = require('fs');
const f = (n) => fs.readFileSync(require('path').join(__dirname, '../../../fixtures/tls', n));
const s = tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem') });
const k = s.getTicketKeys(); console.log(k.length, Buffer.isBuffer(k));
try { s.setTicketKeys(Buffer.alloc(10)); } catch (e) { console.log(e.name, e.code, e.message.split('\n')[0]); }
try { s.setTicketKeys('x'); } catch (e) { console.log(e.name, e.code, e.message); }
s.setTicketKeys(Buffer.alloc(48, 1)); console.log(s.getTicketKeys().equals(Buffer.alloc(48, 1)));
try { tls.createServer({ ticketKeys: Buffer.alloc(3) }); } catch (e) { console.log(e.name, e.code, e.message); }
// Two servers sharing ticket keys: a session from one resumes on the other; a third with other keys does not.
const keys = Buffer.alloc(48, 7);
const mk = (ticketKeys) => tls.createServer({ key: f('agent-key.pem'), cert: f('agent-cert.pem'), ticketKeys }, (c) => c.end('x'));
const a = mk(keys), b = mk(keys), other = mk(undefined);
const listen = (srv) => new Promise((r) => srv.listen(0, '127.0.0.1', r));
const connect = (srv, session) => new Promise((resolve) => {
  let last;
  const c = tls.connect({ port: srv.address().port, host: '127.0.0.1', ca: f('ca-cert.pem'), session });
  c.on('session', (sess) => { last = sess; });
  c.on('secureConnect', () => { c.reused = c.isSessionReused(); });
  c.resume();
  c.on('close', () => resolve([last, c.reused]));
});
(async () => {
  await listen(a); await listen(b); await listen(other);
  for (const v of ['TLSv1.3', 'TLSv1.2']) {
    for (const srv of [a, b, other]) srv.setSecureContext({ key: f('agent-key.pem'), cert: f('agent-cert.pem'), maxVersion: v, ticketKeys: srv === other ? undefined : keys });
    const [session] = await connect(a);
    console.log(v, 'same server', (await connect(a, session))[1], 'shared keys', (await connect(b, session))[1], 'other keys', (await connect(other, session))[1]);
  }
  a.close(); b.close(); other.close();
})();
