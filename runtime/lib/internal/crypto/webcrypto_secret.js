'use strict';
// The secret-key algorithms of SubtleCrypto: HMAC, AES-CBC/CTR/GCM/KW, PBKDF2 and HKDF
// (generate, import/export, sign/verify, encrypt/decrypt, wrap, deriveBits), on the node:crypto
// primitives. PBKDF2 and HKDF run on the thread pool.

const binding = internalBinding('crypto_keys');
const { Buffer } = require('buffer');
const { SecretKeyObject, createSecretKey } = require('internal/crypto/keys');
const { createHmac } = require('internal/crypto/hash');
const { createCipheriv, createDecipheriv } = require('internal/crypto/cipher');
const { pbkdf2, hkdf } = require('internal/crypto/kdf');
const hashBinding = internalBinding('crypto_hash');
const { InternalCryptoKey, kKeyObject } = require('internal/crypto/cryptokey');
const {
  dedupe,
  hasAnyNotIn,
  lazyDOMException,
  validateJwk,
} = require('internal/crypto/webcrypto_util');

const kHashNames = {
  'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512',
};
const kBlockSizes = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const kHmacJwkAlg = { 'SHA-1': 'HS1', 'SHA-256': 'HS256', 'SHA-384': 'HS384', 'SHA-512': 'HS512' };
const kAesSuffix = { 'AES-CBC': 'CBC', 'AES-CTR': 'CTR', 'AES-GCM': 'GCM', 'AES-KW': 'KW' };

function operationFailed(cause) {
  const error = lazyDOMException('The operation failed for an operation-specific reason',
                                 'OperationError');
  if (cause !== undefined) {
    Object.defineProperty(error, 'cause', { value: cause, configurable: true, writable: true });
  }
  return error;
}

function randomSecret(bytes) {
  return new SecretKeyObject(internalBinding('crypto_keygen').randomSecretKey(bytes));
}

function secretBytes(key) {
  return key[kKeyObject].export();
}

function toArrayBuffer(buffer) {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}

// A secret KeyObject from a JWK's "k", or DataError.
function jwkSecret(jwk) {
  if (typeof jwk.k !== 'string') throw lazyDOMException('Invalid keyData', 'DataError');
  return createSecretKey(Buffer.from(jwk.k, 'base64'));
}

function checkJwkAlg(jwk, expected) {
  if (jwk.alg !== undefined && jwk.alg !== expected) {
    throw lazyDOMException('JWK "alg" does not match the requested algorithm', 'DataError');
  }
}

// ---- HMAC ----

function hmacGenerateKey(algorithm, extractable, usages) {
  const { name, hash } = algorithm;
  const length = algorithm.length ?? kBlockSizes[hash.name];
  if (hasAnyNotIn(usages, ['sign', 'verify'])) {
    throw lazyDOMException('Unsupported key usage for an HMAC key', 'SyntaxError');
  }
  if (length < 8 || length % 8 !== 0) throw operationFailed();
  return new InternalCryptoKey(randomSecret(length / 8),
                               { name, length, hash: { name: hash.name } }, dedupe(usages),
                               extractable);
}

function hmacImportKey(format, keyData, algorithm, extractable, usages) {
  const { hash } = algorithm;
  if (hasAnyNotIn(usages, ['sign', 'verify'])) {
    throw lazyDOMException('Unsupported key usage for an HMAC key', 'SyntaxError');
  }
  let keyObject;
  switch (format) {
    case 'raw':
      keyObject = createSecretKey(keyData);
      break;
    case 'jwk':
      validateJwk(keyData, 'oct', extractable, usages, 'sig');
      keyObject = jwkSecret(keyData);
      checkJwkAlg(keyData, kHmacJwkAlg[hash.name]);
      break;
    default:
      throw lazyDOMException(`Unable to import HMAC key with format ${format}`);
  }
  const length = keyObject.symmetricKeySize * 8;
  if (length === 0) throw lazyDOMException('Zero-length key is not supported', 'DataError');
  if (algorithm.length !== undefined && algorithm.length !== length) {
    throw lazyDOMException('Invalid key length', 'DataError');
  }
  return new InternalCryptoKey(keyObject, { name: 'HMAC', hash: { name: hash.name }, length },
                               dedupe(usages), extractable);
}

function hmacSignVerify(key, data, signature) {
  const mac = createHmac(kHashNames[key.algorithm.hash.name], secretBytes(key));
  const digest = mac.update(data).digest();
  if (signature === undefined) return toArrayBuffer(digest);
  return signature.byteLength === digest.byteLength &&
    hashBinding.timingSafeEqual(signature, digest);
}

// ---- AES ----

function aesUsages(name) {
  return name === 'AES-KW' ? ['wrapKey', 'unwrapKey'] :
    ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
}

function aesGenerateKey(algorithm, extractable, usages) {
  const { name, length } = algorithm;
  if (length !== 128 && length !== 192 && length !== 256) {
    throw lazyDOMException('AES key length must be 128, 192, or 256 bits', 'OperationError');
  }
  if (hasAnyNotIn(usages, aesUsages(name))) {
    throw lazyDOMException('Unsupported key usage for an AES key', 'SyntaxError');
  }
  return new InternalCryptoKey(randomSecret(length / 8), { name, length }, dedupe(usages),
                               extractable);
}

function validateAesKeyLength(length) {
  if (length !== 128 && length !== 192 && length !== 256) {
    throw lazyDOMException('Invalid key length', 'DataError');
  }
}

function aesImportKey(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  if (hasAnyNotIn(usages, aesUsages(name))) {
    throw lazyDOMException('Unsupported key usage for an AES key', 'SyntaxError');
  }
  let keyObject;
  switch (format) {
    case 'raw':
      validateAesKeyLength(keyData.byteLength * 8);
      keyObject = createSecretKey(keyData);
      break;
    case 'jwk': {
      validateJwk(keyData, 'oct', extractable, usages, 'enc');
      keyObject = jwkSecret(keyData);
      const length = keyObject.symmetricKeySize * 8;
      validateAesKeyLength(length);
      checkJwkAlg(keyData, `A${length}${kAesSuffix[name]}`);
      break;
    }
    default:
      throw lazyDOMException(`Unable to import AES key with format ${format}`, 'NotSupportedError');
  }
  return new InternalCryptoKey(keyObject, { name, length: keyObject.symmetricKeySize * 8 },
                               dedupe(usages), extractable);
}

function runCipher(encrypt, cipherName, key, iv, options) {
  try {
    return encrypt ? createCipheriv(cipherName, key, iv, options) :
      createDecipheriv(cipherName, key, iv, options);
  } catch (error) {
    throw operationFailed(error);
  }
}

function finishCipher(cipher, data) {
  try {
    return Buffer.concat([cipher.update(data), cipher.final()]);
  } catch (error) {
    throw operationFailed(error);
  }
}

// AES-CTR with a counter block whose low `length` bits wrap around (OpenSSL increments all 128).
function aesCtr(encrypt, cipherName, raw, counter, length, data) {
  const run = (iv, chunk) => finishCipher(runCipher(encrypt, cipherName, raw, iv), chunk);
  if (length === 128) return run(counter, data);
  const value = BigInt(`0x${counter.toString('hex')}`);
  const mask = (1n << BigInt(length)) - 1n;
  const blocks = BigInt(Math.ceil(data.byteLength / 16));
  const untilWrap = mask - (value & mask) + 1n;
  if (blocks > mask + 1n) throw operationFailed();
  if (blocks <= untilWrap) return run(counter, data);
  const split = Number(untilWrap) * 16;
  const wrapped = Buffer.from((value & ~mask & ((1n << 128n) - 1n)).toString(16).padStart(32, '0'),
                              'hex');
  return Buffer.concat([run(counter, data.subarray(0, split)),
                        run(wrapped, data.subarray(split))]);
}

const kTagLengths = [32, 64, 96, 104, 112, 120, 128];
const kWrapIv = Buffer.from('A6A6A6A6A6A6A6A6', 'hex');

function aesCipher(encrypt, key, data, algorithm) {
  const { name } = algorithm;
  const length = key.algorithm.length;
  const raw = secretBytes(key);
  const mode = kAesSuffix[name].toLowerCase();
  switch (name) {
    case 'AES-CBC':
      if (algorithm.iv.byteLength !== 16) {
        throw lazyDOMException('algorithm.iv must contain exactly 16 bytes', 'OperationError');
      }
      return toArrayBuffer(finishCipher(
        runCipher(encrypt, `aes-${length}-cbc`, raw, algorithm.iv), data));
    case 'AES-CTR':
      if (algorithm.counter.byteLength !== 16) {
        throw lazyDOMException('algorithm.counter must contain exactly 16 bytes',
                               'OperationError');
      }
      if (algorithm.length === 0 || algorithm.length > 128) {
        throw lazyDOMException('AES-CTR algorithm.length must be between 1 and 128',
                               'OperationError');
      }
      return toArrayBuffer(aesCtr(encrypt, `aes-${length}-ctr`, raw, algorithm.counter,
                                  algorithm.length, data));
    case 'AES-GCM': {
      const tagLength = algorithm.tagLength ?? 128;
      if (!kTagLengths.includes(tagLength)) {
        throw lazyDOMException(`${tagLength} is not a valid AES-GCM tag length`,
                               'OperationError');
      }
      const tagBytes = tagLength / 8;
      const cipherName = `aes-${length}-${mode}`;
      let cipher;
      let tag;
      if (!encrypt) {
        if (tagBytes > data.byteLength) {
          throw lazyDOMException('The provided data is too small.', 'OperationError');
        }
        tag = data.subarray(data.byteLength - tagBytes);
        data = data.subarray(0, data.byteLength - tagBytes);
      }
      try {
        cipher = runCipher(encrypt, cipherName, raw, algorithm.iv, { authTagLength: tagBytes });
        if (algorithm.additionalData !== undefined) cipher.setAAD(algorithm.additionalData);
        if (tag !== undefined) cipher.setAuthTag(tag);
      } catch (error) {
        throw operationFailed(error);
      }
      const output = finishCipher(cipher, data);
      return toArrayBuffer(encrypt ? Buffer.concat([output, cipher.getAuthTag()]) : output);
    }
    case 'AES-KW':
      return toArrayBuffer(finishCipher(
        runCipher(encrypt, `id-aes${length}-wrap`, raw, kWrapIv), data));
  }
}

// ---- PBKDF2 and HKDF ----

function kdfImportKey(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  if (extractable) throw lazyDOMException(`${name} keys are not extractable`, 'SyntaxError');
  if (hasAnyNotIn(usages, ['deriveKey', 'deriveBits'])) {
    throw lazyDOMException(`Unsupported key usage for a ${name} key`, 'SyntaxError');
  }
  if (format !== 'raw') {
    throw lazyDOMException(`Unable to import ${name} key with format ${format}`,
                           'NotSupportedError');
  }
  return new InternalCryptoKey(createSecretKey(keyData), { name }, dedupe(usages), false);
}

function checkDeriveLength(length) {
  if (length === null) throw lazyDOMException('length cannot be null', 'OperationError');
  if (length % 8) throw lazyDOMException('length must be a multiple of 8', 'OperationError');
}

function jobPromise(start) {
  return new Promise((resolve, reject) => {
    start((error, result) => {
      if (error) reject(operationFailed(error));
      else resolve(result);
    });
  });
}

function pbkdf2DeriveBits(algorithm, baseKey, length) {
  const { iterations, hash, salt } = algorithm;
  if (iterations === 0) throw lazyDOMException('iterations cannot be zero', 'OperationError');
  const raw = secretBytes(baseKey);
  if (length === 0) return new ArrayBuffer(0);
  checkDeriveLength(length);
  return jobPromise((done) => pbkdf2(raw, salt, iterations, length / 8, kHashNames[hash.name],
                                     (error, bits) => done(error, bits && toArrayBuffer(bits))));
}

function hkdfDeriveBits(algorithm, baseKey, length) {
  const { hash, salt, info } = algorithm;
  if (length === 0) return new ArrayBuffer(0);
  checkDeriveLength(length);
  const raw = secretBytes(baseKey);
  return jobPromise((done) => {
    try {
      hkdf(kHashNames[hash.name], raw, salt, info, length / 8, done);
    } catch (error) {
      done(error);
    }
  });
}

// ---- Export ----

function exportSecretJwk(key) {
  const jwk = {
    key_ops: key.usages,
    ext: key.extractable,
    kty: 'oct',
    k: secretBytes(key).toString('base64url'),
  };
  const { name } = key.algorithm;
  if (name === 'HMAC') {
    jwk.alg = kHmacJwkAlg[key.algorithm.hash.name];
  } else {
    jwk.alg = `A${key.algorithm.length}${kAesSuffix[name]}`;
  }
  return jwk;
}

module.exports = {
  aesCipher,
  aesGenerateKey,
  aesImportKey,
  exportSecretJwk,
  hkdfDeriveBits,
  hmacGenerateKey,
  hmacImportKey,
  hmacSignVerify,
  kdfImportKey,
  kHashNames,
  kBlockSizes,
  operationFailed,
  pbkdf2DeriveBits,
  secretBytes,
  toArrayBuffer,
};
