// AES-CCM: authTagLength is required, AAD needs plaintextLength, tags are checked in final().
const crypto = require('crypto');
const key = Buffer.from('404142434445464748494a4b4c4d4e4f', 'hex');
const nonce = Buffer.from('10111213141516', 'hex');
const aad = Buffer.from('0001020304050607', 'hex');
const pt = Buffer.from('20212223', 'hex');
const c = crypto.createCipheriv('aes-128-ccm', key, nonce, { authTagLength: 4 });
c.setAAD(aad, { plaintextLength: pt.length });
const ct = Buffer.concat([c.update(pt), c.final()]);
console.log(ct.toString('hex'), c.getAuthTag().toString('hex'));
const d = crypto.createDecipheriv('aes-128-ccm', key, nonce, { authTagLength: 4 });
d.setAuthTag(c.getAuthTag());
d.setAAD(aad, { plaintextLength: ct.length });
console.log(d.update(ct).toString('hex'), d.final().length);
const noAad = crypto.createCipheriv('aes-256-ccm', Buffer.alloc(32), Buffer.alloc(12), { authTagLength: 16 });
console.log(noAad.update('hello').toString('hex'), noAad.final().length, noAad.getAuthTag().toString('hex'));
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => crypto.createCipheriv('aes-128-ccm', key, nonce));
t(() => crypto.createCipheriv('aes-128-ccm', key, nonce, { authTagLength: 5 }));
t(() => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(14), { authTagLength: 4 }));
t(() => crypto.createCipheriv('aes-128-ccm', key, nonce, { authTagLength: 4 }).setAAD(aad));
t(() => {
  const x = crypto.createDecipheriv('aes-128-ccm', key, nonce, { authTagLength: 4 });
  x.setAuthTag(Buffer.alloc(4));
  x.setAAD(aad, { plaintextLength: ct.length });
  x.update(ct);
  x.final();
});
t(() => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(13), { authTagLength: 4 }).update(Buffer.alloc(65536)));
