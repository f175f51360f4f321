// Node's errors for bad algorithms, data and reuse after digest().
const crypto = require('crypto');
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => crypto.createHash());
t(() => crypto.createHash(1));
t(() => crypto.createHash('nope'));
t(() => crypto.createHash('sha256').update());
t(() => crypto.createHash('sha256').update(1));
t(() => crypto.createHash('sha256').update({}));
t(() => crypto.createHash('sha256').update(null));
t(() => crypto.createHash('sha256').update('abc', 'hex'));
t(() => { const h = crypto.createHash('md5'); h.digest(); h.digest(); });
t(() => { const h = crypto.createHash('md5'); h.digest(); h.update('x'); });
t(() => crypto.createHash('sha256', null).digest('hex'));
t(() => crypto.Hash('sha1').digest('hex'));
