'use strict';
// KeyObject (secret, public, private) and the key inputs every asymmetric function of
// node:crypto accepts: a KeyObject, PEM text or bytes, or { key, format, type, passphrase,
// encoding } with DER or JWK data. The keys live in native handles (bindings/crypto_keys.cc).
//
// For the symmetric half: getSecretKeyBytes(key, encoding) gives the bytes of a secret
// KeyObject, or of a string/buffer key, with Node's errors for anything else (createHmac,
// createCipheriv, hkdf… take their key through it).

const binding = internalBinding('crypto_keys');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { validateObject, validateOneOf, validateString } = require('internal/validators');
const { E, codes } = require('internal/errors');
const { isCryptoKey, kKeyObject } = require('internal/crypto/cryptokey');

// Codes this half throws that internal/errors may not list yet.
for (const [code, message, Base] of [
  ['ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError],
  ['ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', 'Unsupported JWK EC curve: %s.', Error],
  ['ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.', Error],
  ['ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError],
  ['ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error],
  ['ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error],
  ['ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError],
  ['ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError],
  ['ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error],
  ['ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error],
]) {
  if (!(code in codes)) E(code, message, Base);
}

const {
  ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS,
  ERR_CRYPTO_INVALID_JWK,
  ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  ERR_CRYPTO_JWK_UNSUPPORTED_CURVE,
  ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
} = codes;

const kKeyFormatPEM = 0;
const kKeyFormatDER = 1;
const kKeyFormatJWK = 2;
const kKeyEncodingPKCS1 = 0;
const kKeyEncodingPKCS8 = 1;
const kKeyEncodingSPKI = 2;
const kKeyEncodingSEC1 = 3;
const encodingNames = ['pkcs1', 'pkcs8', 'spki', 'sec1'];

// How a key input is used (which key types it may be and which errors it gives).
const kConsumePublic = 0;
const kConsumePrivate = 1;
const kCreatePublic = 2;
const kCreatePrivate = 3;

// Native parse modes (crypto_keys.cc ParseKey).
const kParseAny = 0;
const kParsePrivate = 1;
const kParsePublic = 2;

const kHandle = Symbol('kHandle');
const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');

function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(
      name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return buffer;
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (typeof handle !== 'object' || handle === null || !binding.isKeyHandle(handle)) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, {
      __proto__: null, value: handle, enumerable: false, configurable: false, writable: false,
    });
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return key[kKeyObject];
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type &&
      binding.equals(this[kHandle], otherKeyObject[kHandle]);
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'KeyObject',
});

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return binding.keyInfo(this[kHandle])[1];
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') return binding.exportJwk(this[kHandle]);
    }
    return new FastBuffer(binding.exportKey(this[kHandle]));
  }
}

const jwkCurves = {
  __proto__: null,
  prime256v1: 'P-256',
  secp256k1: 'secp256k1',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
};

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kAsymmetricKeyType] ||
      (this[kAsymmetricKeyType] = binding.keyInfo(this[kHandle])[1]);
  }

  get asymmetricKeyDetails() {
    switch (this.asymmetricKeyType) {
      case 'rsa':
      case 'rsa-pss':
      case 'dsa':
      case 'ec':
        return this[kAsymmetricKeyDetails] ||
          (this[kAsymmetricKeyDetails] = binding.keyDetails(this[kHandle]));
      default:
        return {};
    }
  }

  exportJwk() {
    let crv;
    switch (this.asymmetricKeyType) {
      case 'rsa': break;
      case 'ec':
        crv = jwkCurves[this.asymmetricKeyDetails.namedCurve];
        if (crv === undefined) {
          throw new ERR_CRYPTO_JWK_UNSUPPORTED_CURVE(this.asymmetricKeyDetails.namedCurve);
        }
        break;
      case 'ed25519': crv = 'Ed25519'; break;
      case 'ed448': crv = 'Ed448'; break;
      case 'x25519': crv = 'X25519'; break;
      case 'x448': crv = 'X448'; break;
      default:
        throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
    }
    return binding.exportJwk(this[kHandle], crv);
  }
}
// Not a public method.
const exportAsymmetricJwk = AsymmetricKeyObject.prototype.exportJwk;
delete AsymmetricKeyObject.prototype.exportJwk;

function exportResult(result) {
  return typeof result === 'string' ? result : new FastBuffer(result);
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') return exportAsymmetricJwk.call(this);
    const { format, type } = parsePublicKeyEncoding(options, this.asymmetricKeyType);
    return exportResult(binding.exportKey(this[kHandle], format, type));
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      }
      return exportAsymmetricJwk.call(this);
    }
    const { format, type, cipher, passphrase } =
      parsePrivateKeyEncoding(options, this.asymmetricKeyType);
    return exportResult(binding.exportKey(this[kHandle], format, type, cipher, passphrase));
  }
}

function parseKeyFormat(formatStr, defaultFormat, optionName) {
  if (formatStr === undefined && defaultFormat !== undefined) return defaultFormat;
  if (formatStr === 'pem') return kKeyFormatPEM;
  if (formatStr === 'der') return kKeyFormatDER;
  if (formatStr === 'jwk') return kKeyFormatJWK;
  throw new ERR_INVALID_ARG_VALUE(optionName, formatStr);
}

function parseKeyType(typeStr, required, keyType, isPublic, optionName) {
  if (typeStr === undefined && !required) return undefined;
  if (typeStr === 'pkcs1') {
    if (keyType !== undefined && keyType !== 'rsa') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for RSA keys');
    }
    return kKeyEncodingPKCS1;
  } else if (typeStr === 'spki' && isPublic !== false) {
    return kKeyEncodingSPKI;
  } else if (typeStr === 'pkcs8' && isPublic !== true) {
    return kKeyEncodingPKCS8;
  } else if (typeStr === 'sec1' && isPublic !== true) {
    if (keyType !== undefined && keyType !== 'ec') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for EC keys');
    }
    return kKeyEncodingSEC1;
  }
  throw new ERR_INVALID_ARG_VALUE(optionName, typeStr);
}

function option(name, objName) {
  return objName === undefined ? `options.${name}` : `options.${objName}.${name}`;
}

function parseKeyFormatAndType(enc, keyType, isPublic, objName) {
  const { format: formatStr, type: typeStr } = enc;
  const isInput = keyType === undefined;
  const format = parseKeyFormat(formatStr, isInput ? kKeyFormatPEM : undefined,
                                option('format', objName));
  const isRequired = (!isInput || format === kKeyFormatDER) && format !== kKeyFormatJWK;
  const type = parseKeyType(typeStr, isRequired, keyType, isPublic, option('type', objName));
  return { format, type };
}

function isStringOrBuffer(value) {
  return typeof value === 'string' || isArrayBufferView(value) || isAnyArrayBuffer(value);
}

function parseKeyEncoding(enc, keyType, isPublic, objName) {
  if (enc === null || typeof enc !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', enc);
  }
  const isInput = keyType === undefined;
  const { format, type } = parseKeyFormatAndType(enc, keyType, isPublic, objName);
  let cipher, passphrase, encoding;
  if (isPublic !== true) {
    ({ cipher, passphrase, encoding } = enc);
    if (!isInput) {
      if (cipher != null) {
        if (typeof cipher !== 'string') {
          throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
        }
        if (format === kKeyFormatDER &&
            (type === kKeyEncodingPKCS1 || type === kKeyEncodingSEC1)) {
          throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(
            encodingNames[type], 'does not support encryption');
        }
      } else if (passphrase !== undefined) {
        throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
      }
    }
    if ((isInput && passphrase !== undefined && !isStringOrBuffer(passphrase)) ||
        (!isInput && cipher != null && !isStringOrBuffer(passphrase))) {
      throw new ERR_INVALID_ARG_VALUE(option('passphrase', objName), passphrase);
    }
  }
  if (passphrase !== undefined) {
    passphrase = getArrayBufferOrView(passphrase, 'key.passphrase', encoding);
  }
  return { format, type, cipher, passphrase };
}

// keyType is undefined when parsing an input encoding, the key's type for an output one.
function parsePublicKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, keyType ? true : undefined, objName);
}

function parsePrivateKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, false, objName);
}

function getKeyObjectHandle(key, ctx) {
  if (ctx === kCreatePrivate) {
    throw new ERR_INVALID_ARG_TYPE(
      'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  if (key.type !== 'private') {
    if (ctx === kConsumePrivate || ctx === kCreatePublic) {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    }
    if (key.type !== 'public') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private or public');
    }
  }
  return key[kHandle];
}

function getKeyTypes(allowKeyObject, bufferOnly = false) {
  const types = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
  if (!bufferOnly) types.push('string');
  if (!bufferOnly && allowKeyObject) types.push('KeyObject', 'CryptoKey');
  return types;
}

function base64url(value) {
  return Buffer.from(value, 'base64');
}

function getKeyObjectHandleFromJwk(key, ctx) {
  validateObject(key, 'key');
  validateOneOf(key.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  const isPublic = ctx === kConsumePublic || ctx === kCreatePublic;
  let handle;
  if (key.kty === 'OKP') {
    validateString(key.crv, 'key.crv');
    validateOneOf(key.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
    validateString(key.x, 'key.x');
    if (!isPublic) validateString(key.d, 'key.d');
    const keyData = base64url(isPublic ? key.x : key.d);
    const expected = { Ed25519: 32, X25519: 32, Ed448: 57, X448: 56 }[key.crv];
    if (keyData.byteLength !== expected) throw new ERR_CRYPTO_INVALID_JWK();
    handle = binding.keyFromJwk('OKP', !isPublic, key.crv, keyData);
  } else if (key.kty === 'EC') {
    validateString(key.crv, 'key.crv');
    validateOneOf(key.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    validateString(key.x, 'key.x');
    validateString(key.y, 'key.y');
    if (!isPublic) validateString(key.d, 'key.d');
    handle = binding.keyFromJwk('EC', !isPublic, key.crv, base64url(key.x), base64url(key.y),
                                isPublic ? undefined : base64url(key.d));
  } else {
    validateString(key.n, 'key.n');
    validateString(key.e, 'key.e');
    const fields = [key.n, key.e];
    if (!isPublic) {
      for (const name of ['d', 'p', 'q', 'dp', 'dq', 'qi']) {
        validateString(key[name], `key.${name}`);
        fields.push(key[name]);
      }
    }
    handle = binding.keyFromJwk('RSA', !isPublic, undefined, ...fields.map(base64url));
  }
  if (handle === undefined) {
    // Node's native side names the key type for EC and RSA data it cannot use.
    if (key.kty === 'OKP') throw new ERR_CRYPTO_INVALID_JWK();
    const error = new TypeError(`Invalid JWK ${key.kty} key`);
    error.code = 'ERR_CRYPTO_INVALID_JWK';
    throw error;
  }
  return handle;
}

// Either { handle } for a ready key, or the encoded key and how to read it.
function prepareAsymmetricKey(key, ctx) {
  if (isKeyObject(key)) {
    return { handle: getKeyObjectHandle(key, ctx) };
  } else if (isCryptoKey(key)) {
    return { handle: getKeyObjectHandle(key[kKeyObject], ctx) };
  } else if (isStringOrBuffer(key)) {
    return { format: kKeyFormatPEM, data: getArrayBufferOrView(key, 'key') };
  } else if (typeof key === 'object' && key !== null) {
    const { key: data, encoding, format } = key;
    if (isKeyObject(data)) return { handle: getKeyObjectHandle(data, ctx) };
    if (format === 'jwk') {
      validateObject(data, 'key.key');
      return { handle: getKeyObjectHandleFromJwk(data, ctx), format: kKeyFormatJWK };
    }
    if (!isStringOrBuffer(data)) {
      throw new ERR_INVALID_ARG_TYPE('key.key', getKeyTypes(ctx !== kCreatePrivate), data);
    }
    const isPublic = (ctx === kConsumePrivate || ctx === kCreatePrivate) ? false : undefined;
    return {
      data: getArrayBufferOrView(data, 'key', encoding),
      ...parseKeyEncoding(key, undefined, isPublic),
    };
  }
  throw new ERR_INVALID_ARG_TYPE('key', getKeyTypes(ctx !== kCreatePrivate), key);
}

function toBytes(data) {
  return isAnyArrayBuffer(data) ? new Uint8Array(data) : data;
}

function parsePrepared(prepared, mode) {
  if (prepared.handle !== undefined) return prepared.handle;
  const { data, format, type, passphrase } = prepared;
  return binding.parseKey(toBytes(data), format, type, passphrase && toBytes(passphrase), mode);
}

// A key input for signing, decryption…: validated now, read by privateKeyHandle() later (so
// that option errors come before key errors, as in Node).
function preparePrivateKey(key) {
  return prepareAsymmetricKey(key, kConsumePrivate);
}

// A key input for verification, encryption… (public or private).
function preparePublicOrPrivateKey(key) {
  return prepareAsymmetricKey(key, kConsumePublic);
}

function privateKeyHandle(prepared) {
  return parsePrepared(prepared, kParsePrivate);
}

function publicOrPrivateKeyHandle(prepared) {
  return parsePrepared(prepared, kParseAny);
}

function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    if (isCryptoKey(key)) key = key[kKeyObject];
    if (isKeyObject(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return key[kHandle];
    }
  }
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', getKeyTypes(!bufferOnly, bufferOnly), key);
  }
  return getArrayBufferOrView(key, 'key', encoding);
}

// The bytes of a secret key input: a secret KeyObject, a string (in `encoding`) or a buffer.
// Throws Node's errors (ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE, ERR_INVALID_ARG_TYPE).
function getSecretKeyBytes(key, encoding) {
  const prepared = prepareSecretKey(key, encoding);
  if (binding.isKeyHandle(prepared)) return new FastBuffer(binding.secretKeyBytes(prepared));
  return prepared;
}

function createSecretKey(key, encoding) {
  key = prepareSecretKey(key, encoding, true);
  return new SecretKeyObject(binding.createSecretKey(toBytes(key)));
}

function createPublicKey(key) {
  const prepared = prepareAsymmetricKey(key, kCreatePublic);
  if (prepared.handle !== undefined) {
    const info = binding.keyInfo(prepared.handle);
    return new PublicKeyObject(info[0] === 1 ? prepared.handle : binding.toPublic(prepared.handle));
  }
  return new PublicKeyObject(parsePrepared(prepared, kParsePublic));
}

function createPrivateKey(key) {
  const prepared = prepareAsymmetricKey(key, kCreatePrivate);
  return new PrivateKeyObject(parsePrepared(prepared, kParsePrivate));
}

function isKeyObject(key) {
  return key != null && key[kHandle] !== undefined && key instanceof KeyObject;
}

// A KeyObject for a native handle of any type.
function wrapHandle(handle) {
  switch (binding.keyInfo(handle)[0]) {
    case 0: return new SecretKeyObject(handle);
    case 1: return new PublicKeyObject(handle);
    default: return new PrivateKeyObject(handle);
  }
}

module.exports = {
  // Public.
  KeyObject,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  // Internal.
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  kHandle,
  getArrayBufferOrView,
  getSecretKeyBytes,
  isKeyObject,
  isStringOrBuffer,
  parsePublicKeyEncoding,
  parsePrivateKeyEncoding,
  prepareSecretKey,
  preparePrivateKey,
  preparePublicOrPrivateKey,
  privateKeyHandle,
  publicOrPrivateKeyHandle,
  wrapHandle,
  kKeyFormatJWK,
};
