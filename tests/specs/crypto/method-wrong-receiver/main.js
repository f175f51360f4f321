// Methods called on the wrong object throw instead of crashing.
const crypto = require('crypto');
function t(f) { try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); } }
t(() => crypto.Hash.prototype.update.call(crypto.createHmac('sha1', 'k'), 'x'));
t(() => crypto.Hash.prototype.digest.call({}));
t(() => crypto.Hmac.prototype.digest.call(crypto.createHash('sha1')));
t(() => crypto.Cipheriv.prototype.update.call(crypto.createHash('sha1'), 'x'));
t(() => crypto.Cipheriv.prototype.final.call({}));
t(() => crypto.Decipheriv.prototype.setAuthTag.call({}, Buffer.alloc(16)));
const handleOf = (o) => o[Object.getOwnPropertySymbols(o).find((s) => s.toString() === 'Symbol(kHandle)')];
const HashHandle = handleOf(crypto.createHash('sha1')).constructor;
t(() => HashHandle('sha1'));
t(() => new HashHandle());
t(() => new HashHandle({}));
t(() => new (handleOf(crypto.createCipheriv('aes-128-ecb', Buffer.alloc(16), null)).constructor)());
t(() => crypto.Hash.prototype.update.call({ [Object.getOwnPropertySymbols(crypto.createHash('sha1'))[0]]: {} }, 'x'));
