// An uncaught OpenSSL error prints like Node's: message, stack, library/reason/code.
const crypto = require('crypto');
crypto.createPrivateKey('not a key');
