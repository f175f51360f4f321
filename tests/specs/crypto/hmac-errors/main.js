// createHmac's errors, and a second digest() (empty, no error).
const crypto = require('crypto');
function t(f) {
  try { const r = f(); console.log('ok', r); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => crypto.createHmac('nope', 'k'));
t(() => crypto.createHmac(1, 'k'));
t(() => crypto.createHmac('sha256'));
t(() => crypto.createHmac('sha256', 1));
t(() => crypto.createHmac('sha256', null));
t(() => crypto.createHmac('sha256', 'k', { encoding: 1 }));
t(() => crypto.createHmac('sha256', 'k', { encoding: 'bogus' }));
t(() => crypto.createHmac('sha256', 'k').update(1));
t(() => { const h = crypto.createHmac('sha256', 'k'); h.digest(); return h.digest('hex'); });
t(() => { const h = crypto.createHmac('sha256', 'k'); h.digest(); return h.digest(); });
t(() => { const h = crypto.createHmac('sha256', 'k'); h.digest(); h.update('x'); });
t(() => crypto.Hmac('sha1', 'k').digest('hex'));
