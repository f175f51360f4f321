'use strict';
// The asymmetric algorithms of SubtleCrypto (not written yet).

const { lazyDOMException } = require('internal/crypto/webcrypto_util');

function notSupported() {
  throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
}

module.exports = {
  ecdhDeriveBits: notSupported,
  exportKey: notSupported,
  generateKey: notSupported,
  importKey: notSupported,
  rsaOaepCipher: notSupported,
  signVerify: notSupported,
};
