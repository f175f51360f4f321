'use strict';
// generateKeyPair(Sync) for rsa, rsa-pss, dsa, dh, ec, ed25519, ed448, x25519, x448 (the native job runs
// on the thread pool for the async form), and generateKey(Sync) for hmac/aes secret keys.

const binding = internalBinding('crypto_keygen');
const keysBinding = internalBinding('crypto_keys');
let dhBinding;
const {
  PublicKeyObject,
  PrivateKeyObject,
  SecretKeyObject,
  parsePublicKeyEncoding,
  parsePrivateKeyEncoding,
  kKeyFormatJWK,
} = require('internal/crypto/keys');
const {
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
} = require('internal/validators');
const {
  codes: {
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const { validateBuffer } = require('internal/validators');
const { customPromisifyArgs } = require('internal/util');

const kEmptyObject = Object.freeze({ __proto__: null });

function parseKeyEncoding(keyType, options = kEmptyObject) {
  const { publicKeyEncoding, privateKeyEncoding } = options;
  let publicEncoding, privateEncoding;
  if (publicKeyEncoding != null) {
    if (typeof publicKeyEncoding !== 'object') {
      throw new ERR_INVALID_ARG_VALUE('options.publicKeyEncoding', publicKeyEncoding);
    }
    publicEncoding = parsePublicKeyEncoding(publicKeyEncoding, keyType, 'publicKeyEncoding');
  }
  if (privateKeyEncoding != null) {
    if (typeof privateKeyEncoding !== 'object') {
      throw new ERR_INVALID_ARG_VALUE('options.privateKeyEncoding', privateKeyEncoding);
    }
    privateEncoding = parsePrivateKeyEncoding(privateKeyEncoding, keyType, 'privateKeyEncoding');
    if (privateEncoding.cipher != null) keysBinding.checkCipher(privateEncoding.cipher);
  }
  return { publicEncoding, privateEncoding };
}

// The native arguments for a key pair of `type`, after Node's validation of `options`.
function createJob(type, options) {
  validateString(type, 'type');
  const encodings = parseKeyEncoding(type, options);
  if (options !== undefined) validateObject(options, 'options');
  let args;
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) {
        publicExponent = 0x10001;
      } else {
        validateUint32(publicExponent, 'options.publicExponent');
      }
      if (type === 'rsa') {
        args = [type, modulusLength, publicExponent];
        break;
      }
      const { hash, mgf1Hash, hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
      if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
      if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
      if (mgf1HashAlgorithm !== undefined) {
        validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
      }
      if (hash !== undefined) {
        process.emitWarning('"options.hash" is deprecated, use "options.hashAlgorithm" instead.',
                            'DeprecationWarning', 'DEP0154');
        validateString(hash, 'options.hash');
        if (hashAlgorithm && hash !== hashAlgorithm) {
          throw new ERR_INVALID_ARG_VALUE('options.hash', hash);
        }
      }
      if (mgf1Hash !== undefined) {
        process.emitWarning(
          '"options.mgf1Hash" is deprecated, use "options.mgf1HashAlgorithm" instead.',
          'DeprecationWarning', 'DEP0154');
        validateString(mgf1Hash, 'options.mgf1Hash');
        if (mgf1HashAlgorithm && mgf1Hash !== mgf1HashAlgorithm) {
          throw new ERR_INVALID_ARG_VALUE('options.mgf1Hash', mgf1Hash);
        }
      }
      args = [type, modulusLength, publicExponent, undefined, hashAlgorithm || hash,
              mgf1HashAlgorithm || mgf1Hash, saltLength];
      break;
    }
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { divisorLength } = options;
      if (divisorLength == null) {
        divisorLength = -1;
      } else {
        validateInt32(divisorLength, 'options.divisorLength', 0);
      }
      // The native side reads divisorLength in the saltLength position.
      args = [type, modulusLength, undefined, undefined, undefined, undefined, divisorLength];
      break;
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve, paramEncoding } = options;
      validateString(namedCurve, 'options.namedCurve');
      let explicit = 0;
      if (paramEncoding === 'explicit') {
        explicit = 1;
      } else if (paramEncoding != null && paramEncoding !== 'named') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      // The native side reads the parameter encoding in the modulusLength position.
      args = [type, explicit, undefined, namedCurve];
      break;
    }
    case 'dh': {
      validateObject(options, 'options');
      const { group, primeLength } = options;
      let { prime, generator } = options;
      if (group != null) {
        if (prime != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
        if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
        if (generator != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
        validateString(group, 'options.group');
        prime = group;
      } else {
        if (prime != null) {
          if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
          validateBuffer(prime, 'options.prime');
        } else if (primeLength != null) {
          validateInt32(primeLength, 'options.primeLength', 0);
          prime = primeLength;
        } else {
          throw new ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
        }
        if (generator != null) validateInt32(generator, 'options.generator', 0);
      }
      return { dh: [prime, generator == null ? 2 : generator], encodings };
    }
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
      args = [type];
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  while (args.length < 7) args.push(undefined);
  return { args, encodings };
}

function encodeKey(key, encoding) {
  if (encoding === undefined) return key;
  if (encoding.format === kKeyFormatJWK) return key.export({ format: 'jwk' });
  return key.export({
    format: encoding.format === 0 ? 'pem' : 'der',
    type: ['pkcs1', 'pkcs8', 'spki', 'sec1'][encoding.type],
    cipher: encoding.cipher,
    passphrase: encoding.passphrase,
  });
}

function finish(handles, encodings) {
  const publicKey = new PublicKeyObject(handles[0]);
  const privateKey = new PrivateKeyObject(handles[1]);
  return {
    publicKey: encodeKey(publicKey, encodings.publicEncoding),
    privateKey: encodeKey(privateKey, encodings.privateEncoding),
  };
}

// Runs a job made by createJob (dh key pairs have their own native job).
function runJob(job, callback) {
  if (job.dh !== undefined) {
    dhBinding ??= internalBinding('crypto_dh');
    return dhBinding.dhGenerateKeyPair(...job.dh, callback);
  }
  return binding.generateKeyPair(...job.args, callback);
}

function generateKeyPairSync(type, options) {
  const job = createJob(type, options);
  return finish(runJob(job), job.encodings);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const job = createJob(type, options);
  const { encodings } = job;
  runJob(job, (error, publicHandle, privateHandle) => {
    if (error) return callback(error);
    let result;
    try {
      result = finish([publicHandle, privateHandle], encodings);
    } catch (err) {
      return callback(err);
    }
    callback(null, result.publicKey, result.privateKey);
  });
}

Object.defineProperty(generateKeyPair, customPromisifyArgs, {
  __proto__: null, value: ['publicKey', 'privateKey'], enumerable: false,
});

const kAesKeyLengths = [128, 192, 256];

function secretKeyLength(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', kAesKeyLengths);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  return Math.floor(length / 8);
}

function generateKeySync(type, options) {
  return new SecretKeyObject(binding.randomSecretKey(secretKeyLength(type, options)));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const key = generateKeySync(type, options);
  process.nextTick(callback, null, key);
}

module.exports = {
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
};
