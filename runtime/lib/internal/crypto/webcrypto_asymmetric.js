'use strict';
// The asymmetric algorithms of SubtleCrypto: ECDSA, ECDH (P-256/384/521), Ed25519, X25519,
// RSASSA-PKCS1-v1_5, RSA-PSS and RSA-OAEP, on node:crypto's KeyObjects. Key generation and
// signing run on the thread pool.

const { Buffer } = require('buffer');
const { createPrivateKey, createPublicKey } = require('internal/crypto/keys');
const { generateKeyPair } = require('internal/crypto/keygen');
const { sign, verify } = require('internal/crypto/sig');
const { publicEncrypt, privateDecrypt } = require('internal/crypto/rsa_cipher');
const { ECDH, diffieHellman } = require('internal/crypto/ecdh');
const { InternalCryptoKey, kKeyObject } = require('internal/crypto/cryptokey');
const {
  dedupe,
  hasAnyNotIn,
  lazyDOMException,
  validateJwk,
} = require('internal/crypto/webcrypto_util');
const {
  kHashNames,
  operationFailed,
  toArrayBuffer,
} = require('internal/crypto/webcrypto_secret');

const kNamedCurves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const kCfrgRawBytes = { Ed25519: 32, X25519: 32, Ed448: 57, X448: 56 };
const kCoordinateBytes = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };
const kRsaJwkPrefix = { 'RSASSA-PKCS1-v1_5': 'RS', 'RSA-PSS': 'PS', 'RSA-OAEP': 'RSA-OAEP-' };
const kRsaJwkHash = { 1: 'SHA-1', 256: 'SHA-256', 384: 'SHA-384', 512: 'SHA-512' };
const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;
const RSA_PKCS1_PSS_PADDING = 6;

function familyOf(name) {
  if (name === 'ECDSA' || name === 'ECDH') return 'ec';
  if (name in kCfrgRawBytes) return 'cfrg';
  return 'rsa';
}

// [public usages, private usages] of each algorithm, in the order Node lists them.
function usagesFor(name) {
  switch (name) {
    case 'ECDH':
    case 'X25519':
    case 'X448':
      return [[], ['deriveKey', 'deriveBits']];
    case 'RSA-OAEP':
      return [['encrypt', 'wrapKey'], ['decrypt', 'unwrapKey']];
    default:
      return [['verify'], ['sign']];
  }
}

function unsupportedUsage(name, article = 'an') {
  return lazyDOMException(`Unsupported key usage for ${article} ${name} key`, 'SyntaxError');
}

function checkNamedCurve(namedCurve) {
  if (!(namedCurve in kNamedCurves)) {
    throw lazyDOMException('Unrecognized namedCurve', 'NotSupportedError');
  }
}

function publicExponentBytes(value) {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

function publicExponentValue(bytes) {
  let value = 0;
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  if (bytes.length - start > 4) return undefined;
  for (let i = start; i < bytes.length; i++) value = value * 256 + bytes[i];
  return value;
}

// ---- generateKey ----

function generatePair(type, options) {
  return new Promise((resolve, reject) => {
    generateKeyPair(type, options, (error, publicKey, privateKey) => {
      if (error) reject(operationFailed(error));
      else resolve({ publicKey, privateKey });
    });
  });
}

async function generateKey(algorithm, extractable, usages) {
  const { name } = algorithm;
  const [publicUsages, privateUsages] = usagesFor(name);
  const family = familyOf(name);
  let keyAlgorithm;
  let pair;
  if (family === 'ec') {
    checkNamedCurve(algorithm.namedCurve);
    if (hasAnyNotIn(usages, [...publicUsages, ...privateUsages])) throw unsupportedUsage(name);
    keyAlgorithm = { name, namedCurve: algorithm.namedCurve };
    pair = await generatePair('ec', { namedCurve: kNamedCurves[algorithm.namedCurve] });
  } else if (family === 'cfrg') {
    if (hasAnyNotIn(usages, [...publicUsages, ...privateUsages])) throw unsupportedUsage(name);
    keyAlgorithm = { name };
    pair = await generatePair(name.toLowerCase());
  } else {
    const { modulusLength, publicExponent, hash } = algorithm;
    const exponent = publicExponentValue(publicExponent);
    if (exponent === undefined || exponent > 0xffffffff) {
      throw lazyDOMException('The publicExponent must be equivalent to an unsigned 32-bit value',
                             'OperationError');
    }
    if (hasAnyNotIn(usages, [...publicUsages, ...privateUsages])) {
      throw unsupportedUsage('RSA', 'a');
    }
    keyAlgorithm = { name, modulusLength, publicExponent, hash: { name: hash.name } };
    pair = await generatePair('rsa', { modulusLength, publicExponent: exponent });
  }
  const set = new Set(usages);
  return {
    publicKey: new InternalCryptoKey(pair.publicKey, keyAlgorithm,
                                     publicUsages.filter((u) => set.has(u)), true),
    privateKey: new InternalCryptoKey(pair.privateKey, keyAlgorithm,
                                      privateUsages.filter((u) => set.has(u)), extractable),
  };
}

// ---- importKey ----

function checkKeyUse(name, isPublic, usages, article) {
  const allowed = usagesFor(name)[isPublic ? 0 : 1];
  if (hasAnyNotIn(usages, allowed)) throw unsupportedUsage(name, article);
}

function invalidKeyData(cause) {
  const error = lazyDOMException('Invalid keyData', 'DataError');
  if (cause !== undefined) {
    Object.defineProperty(error, 'cause', { value: cause, configurable: true, writable: true });
  }
  return error;
}

function importDer(format, keyData) {
  try {
    if (format === 'spki') return createPublicKey({ key: keyData, format: 'der', type: 'spki' });
    return createPrivateKey({ key: keyData, format: 'der', type: 'pkcs8' });
  } catch (error) {
    throw invalidKeyData(error);
  }
}

function importJwkKey(jwk) {
  try {
    if (jwk.d === undefined) return createPublicKey({ key: jwk, format: 'jwk' });
    return createPrivateKey({ key: jwk, format: 'jwk' });
  } catch (error) {
    throw invalidKeyData(error);
  }
}

function ecRawPublicKey(namedCurve, keyData) {
  const size = kCoordinateBytes[namedCurve];
  let point = keyData;
  try {
    if (point[0] !== 4) {
      point = ECDH.convertKey(point, kNamedCurves[namedCurve], undefined, undefined,
                              'uncompressed');
    }
  } catch (error) {
    throw invalidKeyData(error);
  }
  if (point.byteLength !== 1 + 2 * size || point[0] !== 4) throw invalidKeyData();
  try {
    return createPublicKey({
      key: {
        kty: 'EC',
        crv: namedCurve,
        x: point.subarray(1, 1 + size).toString('base64url'),
        y: point.subarray(1 + size).toString('base64url'),
      },
      format: 'jwk',
    });
  } catch (error) {
    throw invalidKeyData(error);
  }
}

function importEc(format, keyData, algorithm, extractable, usages) {
  const { name, namedCurve } = algorithm;
  checkNamedCurve(namedCurve);
  let keyObject;
  switch (format) {
    case 'spki':
    case 'pkcs8':
      checkKeyUse(name, format === 'spki', usages, 'a');
      keyObject = importDer(format, keyData);
      break;
    case 'jwk': {
      if (!keyData.kty) throw invalidKeyData();
      if (keyData.kty !== 'EC') throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
      if (keyData.crv !== namedCurve) {
        throw lazyDOMException('JWK "crv" does not match the requested algorithm', 'DataError');
      }
      checkKeyUse(name, keyData.d === undefined, usages, 'a');
      validateJwk(keyData, 'EC', extractable, usages, name === 'ECDH' ? 'enc' : 'sig');
      if (name === 'ECDSA' && keyData.alg !== undefined) {
        const curve = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' }[keyData.alg];
        if (curve !== namedCurve) {
          throw lazyDOMException('JWK "alg" does not match the requested algorithm', 'DataError');
        }
      }
      keyObject = importJwkKey(keyData);
      break;
    }
    case 'raw':
      checkKeyUse(name, true, usages, 'a');
      keyObject = ecRawPublicKey(namedCurve, keyData);
      break;
  }
  if (keyObject.asymmetricKeyType !== 'ec') throw lazyDOMException('Invalid key type', 'DataError');
  if (keyObject.asymmetricKeyDetails.namedCurve !== kNamedCurves[namedCurve]) {
    throw lazyDOMException('Named curve mismatch', 'DataError');
  }
  return new InternalCryptoKey(keyObject, { name, namedCurve }, dedupe(usages), extractable);
}

function importCfrg(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  let keyObject;
  switch (format) {
    case 'spki':
    case 'pkcs8':
      checkKeyUse(name, format === 'spki', usages, 'a');
      keyObject = importDer(format, keyData);
      break;
    case 'jwk': {
      if (!keyData.kty) throw invalidKeyData();
      if (keyData.kty !== 'OKP') throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
      if (keyData.crv !== name) {
        throw lazyDOMException('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
      }
      checkKeyUse(name, keyData.d === undefined, usages, 'a');
      validateJwk(keyData, 'OKP', extractable, usages, name[0] === 'X' ? 'enc' : 'sig');
      if (name[0] === 'E' && keyData.alg !== undefined && keyData.alg !== 'EdDSA') {
        throw lazyDOMException('JWK "alg" does not match the requested algorithm', 'DataError');
      }
      keyObject = importJwkKey(keyData);
      break;
    }
    case 'raw':
      checkKeyUse(name, true, usages, 'a');
      if (keyData.byteLength !== kCfrgRawBytes[name]) {
        throw lazyDOMException(`${name} raw keys must be exactly ${kCfrgRawBytes[name]}-bytes`,
                               'DataError');
      }
      try {
        keyObject = createPublicKey({
          key: { kty: 'OKP', crv: name, x: keyData.toString('base64url') }, format: 'jwk',
        });
      } catch (error) {
        throw invalidKeyData(error);
      }
      break;
  }
  if (keyObject.asymmetricKeyType !== name.toLowerCase()) {
    throw lazyDOMException('Invalid key type', 'DataError');
  }
  return new InternalCryptoKey(keyObject, { name }, dedupe(usages), extractable);
}

function importRsa(format, keyData, algorithm, extractable, usages) {
  const { name, hash } = algorithm;
  let keyObject;
  switch (format) {
    case 'spki':
    case 'pkcs8':
      checkKeyUse(name, format === 'spki', usages);
      keyObject = importDer(format, keyData);
      break;
    case 'jwk': {
      if (!keyData.kty) throw invalidKeyData();
      if (keyData.kty !== 'RSA') throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
      checkKeyUse(name, keyData.d === undefined, usages);
      validateJwk(keyData, 'RSA', extractable, usages, name === 'RSA-OAEP' ? 'enc' : 'sig');
      if (keyData.alg !== undefined) {
        const match = /^(?:RS|PS|RSA-OAEP-?)(1|256|384|512)?$/.exec(`${keyData.alg}`);
        const algHash = match && (match[1] === undefined ? 'SHA-1' : kRsaJwkHash[match[1]]);
        if (algHash !== hash.name) {
          throw lazyDOMException('JWK "alg" does not match the requested algorithm', 'DataError');
        }
      }
      keyObject = importJwkKey(keyData);
      break;
    }
    default:
      throw lazyDOMException(`Unable to import RSA key with format ${format}`,
                             'NotSupportedError');
  }
  if (keyObject.asymmetricKeyType !== 'rsa') {
    throw lazyDOMException('Invalid key type', 'DataError');
  }
  const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
  return new InternalCryptoKey(keyObject, {
    name, modulusLength, publicExponent: publicExponentBytes(publicExponent), hash,
  }, dedupe(usages), extractable);
}

function importKey(format, keyData, algorithm, extractable, usages) {
  const family = familyOf(algorithm.name);
  if (family === 'rsa') return importRsa(format, keyData, algorithm, extractable, usages);
  if (format !== 'spki' && format !== 'pkcs8' && format !== 'jwk' && format !== 'raw') {
    throw lazyDOMException(`Unable to import ${algorithm.name} key with format ${format}`,
                           'NotSupportedError');
  }
  if (family === 'ec') return importEc(format, keyData, algorithm, extractable, usages);
  return importCfrg(format, keyData, algorithm, extractable, usages);
}

// ---- exportKey ----

function cannotExport(format, key) {
  return lazyDOMException(`Unable to export a ${format} ${key.algorithm.name} ${key.type} key`,
                          'InvalidAccessError');
}

function exportKey(format, key) {
  const keyObject = key[kKeyObject];
  const { name } = key.algorithm;
  switch (format) {
    case 'spki':
      if (key.type !== 'public') throw cannotExport('raw', key);
      return toArrayBuffer(keyObject.export({ format: 'der', type: 'spki' }));
    case 'pkcs8':
      if (key.type !== 'private') throw cannotExport('pkcs8', key);
      return toArrayBuffer(keyObject.export({ format: 'der', type: 'pkcs8' }));
    case 'raw': {
      if (key.type !== 'public' || familyOf(name) === 'rsa') throw cannotExport('raw', key);
      const jwk = keyObject.export({ format: 'jwk' });
      const x = Buffer.from(jwk.x, 'base64url');
      if (familyOf(name) === 'cfrg') return toArrayBuffer(x);
      return toArrayBuffer(Buffer.concat([Buffer.from([4]), x, Buffer.from(jwk.y, 'base64url')]));
    }
    case 'jwk': {
      const jwk = {
        key_ops: key.usages, ext: key.extractable, ...keyObject.export({ format: 'jwk' }),
      };
      if (familyOf(name) === 'rsa') {
        const bits = key.algorithm.hash.name.slice(4);
        jwk.alg = name === 'RSA-OAEP' && bits === '1' ? 'RSA-OAEP' :
          `${kRsaJwkPrefix[name]}${bits}`;
      } else if (name === 'Ed25519' || name === 'Ed448') {
        jwk.alg = name;
      }
      return jwk;
    }
  }
}

// ---- sign/verify, RSA-OAEP, ECDH ----

function signVerify(algorithm, key, data, signature) {
  const { name } = algorithm;
  const keyObject = key[kKeyObject];
  let digest = null;
  const options = { key: keyObject };
  switch (name) {
    case 'ECDSA':
      digest = kHashNames[algorithm.hash.name];
      options.dsaEncoding = 'ieee-p1363';
      break;
    case 'RSASSA-PKCS1-v1_5':
      digest = kHashNames[key.algorithm.hash.name];
      options.padding = RSA_PKCS1_PADDING;
      break;
    case 'RSA-PSS':
      digest = kHashNames[key.algorithm.hash.name];
      options.padding = RSA_PKCS1_PSS_PADDING;
      options.saltLength = algorithm.saltLength;
      break;
    case 'Ed448':
      if (algorithm.context !== undefined && algorithm.context.byteLength !== 0) {
        throw lazyDOMException('Non zero-length context is not yet supported.',
                               'NotSupportedError');
      }
      break;
  }
  return new Promise((resolve, reject) => {
    const done = (error, result) => {
      if (signature !== undefined) return resolve(!error && result);
      if (error) return reject(operationFailed(error));
      resolve(toArrayBuffer(result));
    };
    try {
      if (signature === undefined) sign(digest, data, options, done);
      else verify(digest, data, options, signature, done);
    } catch (error) {
      done(error);
    }
  });
}

function rsaOaepCipher(encrypt, key, data, algorithm) {
  const options = {
    key: key[kKeyObject],
    padding: RSA_PKCS1_OAEP_PADDING,
    oaepHash: kHashNames[key.algorithm.hash.name],
  };
  if (algorithm.label !== undefined && algorithm.label.byteLength > 0) {
    options.oaepLabel = algorithm.label;
  }
  try {
    return toArrayBuffer(encrypt ? publicEncrypt(options, data) : privateDecrypt(options, data));
  } catch (error) {
    throw operationFailed(error);
  }
}

function ecdhDeriveBits(algorithm, baseKey, length) {
  const { public: publicKey } = algorithm;
  if (baseKey.type !== 'private') {
    throw lazyDOMException('baseKey must be a private key', 'InvalidAccessError');
  }
  if (publicKey.algorithm.name !== baseKey.algorithm.name) {
    throw lazyDOMException('The public and private keys must be of the same type',
                           'InvalidAccessError');
  }
  if (publicKey.type !== 'public') {
    throw lazyDOMException('algorithm.public must be a public key', 'InvalidAccessError');
  }
  if (publicKey.algorithm.name === 'ECDH' &&
      publicKey.algorithm.namedCurve !== baseKey.algorithm.namedCurve) {
    throw lazyDOMException('Named curve mismatch', 'InvalidAccessError');
  }
  let bits;
  try {
    bits = toArrayBuffer(diffieHellman({
      privateKey: baseKey[kKeyObject], publicKey: publicKey[kKeyObject],
    }));
  } catch (error) {
    throw operationFailed(error);
  }
  if (length === null) return bits;
  const bytes = Math.ceil(length / 8);
  if (bits.byteLength < bytes) {
    throw lazyDOMException('derived bit length is too small', 'OperationError');
  }
  return bytes === bits.byteLength ? bits : bits.slice(0, bytes);
}

module.exports = {
  ecdhDeriveBits,
  exportKey,
  generateKey,
  importKey,
  rsaOaepCipher,
  signVerify,
};
