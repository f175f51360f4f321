// Every algorithm getHashes() lists can hash.
const crypto = require('crypto');
const names = crypto.getHashes();
console.log(names.length, names.join(' '));
for (const name of names) {
  console.log(name, crypto.createHash(name).update('The quick brown fox').digest('base64'));
}
console.log(crypto.getHashes() !== crypto.getHashes());
