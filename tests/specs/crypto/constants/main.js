// crypto.constants: the names Node lists, and their values.
const { constants } = require('crypto');
console.log(Object.getPrototypeOf(constants));
for (const [k, v] of Object.entries(constants)) {
  console.log(k, k === 'OPENSSL_VERSION_NUMBER' ? typeof v : v);
}
