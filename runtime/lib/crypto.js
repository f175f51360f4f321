'use strict';
// node:crypto, assembled from its two halves: the symmetric side (hashes, HMAC, random
// values, key derivation, ciphers) and the asymmetric side (KeyObject, key generation,
// signatures). Each half lists its public names in its own module.

module.exports = {
  ...require('internal/crypto/symmetric_api'),
  ...require('internal/crypto/asymmetric_api'),
};
