// AES-GCM: a known vector with AAD, tags, authTagLength and authentication failures.
const crypto = require('crypto');
const key = Buffer.from('feffe9928665731c6d6a8f9467308308', 'hex');
const iv = Buffer.from('cafebabefacedbaddecaf888', 'hex');
const aad = Buffer.from('feedfacedeadbeeffeedfacedeadbeefabaddad2', 'hex');
const pt = Buffer.from('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39', 'hex');
const c = crypto.createCipheriv('aes-128-gcm', key, iv);
c.setAAD(aad);
const ct = Buffer.concat([c.update(pt), c.final()]);
const tag = c.getAuthTag();
console.log(ct.toString('hex'));
console.log(tag.toString('hex'));
const d = crypto.createDecipheriv('aes-128-gcm', key, iv);
d.setAAD(aad);
d.setAuthTag(tag);
console.log(Buffer.concat([d.update(ct), d.final()]).equals(pt));
const short = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(16), { authTagLength: 8 });
short.update('hello');
short.final();
console.log(short.getAuthTag().toString('hex'));
const d8 = crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(16), { authTagLength: 8 });
d8.setAuthTag(short.getAuthTag());
const iv8 = crypto.createCipheriv('aes-192-gcm', Buffer.alloc(24), Buffer.alloc(8));
console.log(iv8.update('x', 'utf8', 'hex'), iv8.final('hex'), iv8.getAuthTag().toString('hex'));
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => {
  const bad = crypto.createDecipheriv('aes-128-gcm', key, iv);
  bad.setAAD(aad);
  bad.setAuthTag(Buffer.alloc(16));
  bad.update(ct);
  bad.final();
});
t(() => { const x = crypto.createDecipheriv('aes-128-gcm', key, iv); x.update(ct); x.final(); });
t(() => crypto.createCipheriv('aes-128-gcm', key, iv, { authTagLength: 3 }));
t(() => crypto.createCipheriv('aes-128-gcm', key, iv, { authTagLength: -1 }));
t(() => crypto.createCipheriv('aes-128-gcm', key, Buffer.alloc(0)));
t(() => crypto.createCipheriv('aes-128-gcm', key, iv).getAuthTag());
t(() => { const x = crypto.createCipheriv('aes-128-gcm', key, iv); x.update('a'); x.setAAD(aad); });
t(() => { const x = crypto.createDecipheriv('aes-128-gcm', key, iv); x.setAuthTag(Buffer.alloc(3)); });
t(() => { const x = crypto.createDecipheriv('aes-128-gcm', key, iv, { authTagLength: 12 }); x.setAuthTag(Buffer.alloc(16)); });
t(() => { const x = crypto.createDecipheriv('aes-128-gcm', key, iv); x.setAuthTag(Buffer.alloc(16)); x.setAuthTag(Buffer.alloc(16)); });
t(() => { const x = crypto.createDecipheriv('aes-128-gcm', key, iv); x.setAuthTag(1); });
t(() => { const x = crypto.createDecipheriv('aes-128-gcm', key, iv); x.setAuthTag('00'.repeat(16), 'hex'); console.log('hex tag accepted'); });
console.log(typeof crypto.createDecipheriv('aes-128-gcm', key, iv).getAuthTag, typeof crypto.createCipheriv('aes-128-gcm', key, iv).setAuthTag);
