// An uncaught ERR_CRYPTO_HASH_FINALIZED prints with its code in the first line.
const h = require('crypto').createHash('sha1');
h.digest();
h.digest();
