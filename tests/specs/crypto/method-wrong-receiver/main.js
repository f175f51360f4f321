// Methods called on the wrong object throw instead of crashing.
const crypto = require('crypto');
function t(f) { try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); } }
t(() => crypto.Hash.prototype.update.call(crypto.createHmac('sha1', 'k'), 'x'));
t(() => crypto.Hash.prototype.digest.call({}));
t(() => crypto.Hmac.prototype.digest.call(crypto.createHash('sha1')));
t(() => crypto.Cipheriv.prototype.update.call(crypto.createHash('sha1'), 'x'));
t(() => crypto.Cipheriv.prototype.final.call({}));
t(() => crypto.Decipheriv.prototype.setAuthTag.call({}, Buffer.alloc(16)));
