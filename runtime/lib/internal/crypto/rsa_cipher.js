'use strict';
// publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt: RSA with PKCS#1 v1.5, OAEP
// (oaepHash, oaepLabel) or no padding.

const binding = internalBinding('crypto_sign');
const { FastBuffer } = require('internal/buffer');
const {
  getArrayBufferOrView,
  preparePrivateKey,
  preparePublicOrPrivateKey,
  privateKeyHandle,
  publicOrPrivateKeyHandle,
} = require('internal/crypto/keys');
const { validateString } = require('internal/validators');

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;

const kPublicEncrypt = 0;
const kPrivateDecrypt = 1;
const kPrivateEncrypt = 2;
const kPublicDecrypt = 3;

function rsaFunctionFor(op, defaultPadding, keyType) {
  return (options, buffer) => {
    const prepared = keyType === 'private' ?
      preparePrivateKey(options) : preparePublicOrPrivateKey(options);
    const padding = options.padding || defaultPadding;
    const { oaepHash, encoding } = options;
    let { oaepLabel } = options;
    if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
    if (oaepLabel !== undefined) {
      oaepLabel = getArrayBufferOrView(oaepLabel, 'key.oaepLabel', encoding);
    }
    buffer = getArrayBufferOrView(buffer, 'buffer', encoding);
    const handle = keyType === 'private' ?
      privateKeyHandle(prepared) : publicOrPrivateKeyHandle(prepared);
    return new FastBuffer(binding.rsaCipher(op, handle, buffer, padding, oaepHash, oaepLabel));
  };
}

module.exports = {
  publicEncrypt: rsaFunctionFor(kPublicEncrypt, RSA_PKCS1_OAEP_PADDING, 'public'),
  publicDecrypt: rsaFunctionFor(kPublicDecrypt, RSA_PKCS1_PADDING, 'public'),
  privateEncrypt: rsaFunctionFor(kPrivateEncrypt, RSA_PKCS1_PADDING, 'private'),
  privateDecrypt: rsaFunctionFor(kPrivateDecrypt, RSA_PKCS1_OAEP_PADDING, 'private'),
};
