// createCipheriv/createDecipheriv errors: names, key and IV lengths and types, state errors,
// bad decryption.
const crypto = require('crypto');
const key = Buffer.alloc(16);
const iv = Buffer.alloc(16);
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message} ${e.library} ${e.reason}`); }
}
t(() => crypto.createCipheriv('nope', key, iv));
t(() => crypto.createCipheriv(1, key, iv));
t(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv));
t(() => crypto.createCipheriv('aes-256-cbc', key, iv));
t(() => crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(15)));
t(() => crypto.createCipheriv('aes-128-cbc', key, null));
t(() => crypto.createCipheriv('aes-128-ecb', key, iv));
t(() => crypto.createCipheriv('aes-128-cbc', 1, iv));
t(() => crypto.createCipheriv('aes-128-cbc', key, 1));
t(() => crypto.createCipheriv('aes-128-cbc', key));
t(() => crypto.createCipheriv('aes-128-cbc', key, iv, { authTagLength: 'x' }));
t(() => crypto.createCipheriv('aes-128-cbc', 'k', iv, { encoding: 1 }));
t(() => { const c = crypto.createCipheriv('aes-128-cbc', key, iv); c.final(); c.final(); });
t(() => { const c = crypto.createCipheriv('aes-128-cbc', key, iv); c.final(); c.update('a'); });
t(() => { const c = crypto.createCipheriv('aes-128-cbc', key, iv); c.final(); c.setAutoPadding(false); });
t(() => crypto.createCipheriv('aes-128-cbc', key, iv).update(1));
t(() => crypto.createCipheriv('aes-128-cbc', key, iv).update('abc', 'hex'));
t(() => crypto.createCipheriv('aes-128-cbc', key, iv).update('ab', 'utf8', 'bogus'));
t(() => { const c = crypto.createCipheriv('aes-128-cbc', key, iv); c.update('ab', 'utf8', 'hex'); c.update('ab', 'utf8', 'base64'); });
t(() => crypto.createCipheriv('aes-128-cbc', key, iv).setAAD(Buffer.alloc(1)));
t(() => crypto.createCipheriv('aes-128-cbc', key, iv).getAuthTag());
t(() => { const d = crypto.createDecipheriv('aes-128-cbc', key, iv); d.update(Buffer.alloc(16)); d.final(); });
t(() => { const d = crypto.createDecipheriv('aes-128-cbc', key, iv); d.update(Buffer.alloc(15)); d.final(); });
t(() => { const c = crypto.createCipheriv('aes-128-cbc', key, iv); c.setAutoPadding(false); c.update(Buffer.alloc(15)); c.final(); });
t(() => { const d = crypto.createDecipheriv('aes-128-cbc', key, iv); d.final(); });
const err = (() => { try { const d = crypto.createDecipheriv('aes-128-cbc', key, iv); d.update(Buffer.alloc(16)); d.final(); } catch (e) { return e; } })();
console.log(Object.keys(err), err instanceof Error);
