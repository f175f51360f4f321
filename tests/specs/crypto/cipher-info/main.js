// getCiphers() and getCipherInfo().
const crypto = require('crypto');
const list = crypto.getCiphers();
for (const name of ['aes-128-cbc', 'aes-256-gcm', 'aes-128-ccm', 'chacha20-poly1305', 'aes-192-ctr', 'aes-256-ecb', 'id-aes128-gcm']) {
  console.log(name, list.includes(name));
}
console.log(list.every((n) => n === n.toLowerCase()), [...list].sort().join() === list.join());
for (const args of [['aes-128-gcm'], ['aes-256-cbc'], ['chacha20-poly1305'], ['aes-128-ecb'], ['nope'],
  ['aes-128-gcm', { ivLength: 8 }], ['aes-128-cbc', { ivLength: 8 }], ['aes-128-ccm'],
  ['aes-128-ccm', { ivLength: 7 }], ['aes-128-ccm', { ivLength: 14 }], [419], [999999],
  ['aes-128-ctr', { keyLength: 16 }], ['aes-128-ctr', { keyLength: 32 }], ['AES-256-CBC'],
  ['aes-256-xts'], ['id-aes256-wrap']]) {
  console.log(JSON.stringify(args), JSON.stringify(crypto.getCipherInfo(...args)));
}
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => crypto.getCipherInfo());
t(() => crypto.getCipherInfo({}));
t(() => crypto.getCipherInfo(1.5));
t(() => crypto.getCipherInfo('aes-128-cbc', 1));
t(() => crypto.getCipherInfo('aes-128-cbc', { keyLength: 'x' }));
t(() => crypto.getCipherInfo('aes-128-cbc', { ivLength: 1.5 }));
