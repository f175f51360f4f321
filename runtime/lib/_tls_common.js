'use strict';
// SecureContext and tls.createSecureContext: the options of Node's secure contexts checked in
// JS and applied to a native SSL_CTX (internalBinding('tls_wrap'), crypto_context.cc).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_TLS_INVALID_PROTOCOL_METHOD,
    ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT,
  },
} = require('internal/errors');
const {
  validateBuffer, validateInteger, validateObject, validateString,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const binding = internalBinding('tls_wrap');

const kVersions = {
  __proto__: null,
  'TLSv1': binding.TLS1_VERSION,
  'TLSv1.1': binding.TLS1_1_VERSION,
  'TLSv1.2': binding.TLS1_2_VERSION,
  'TLSv1.3': binding.TLS1_3_VERSION,
};

// secureProtocol names (OpenSSL's method functions) as [min, max]; 0 keeps the default.
const kMethods = {
  __proto__: null,
  TLS_method: [0, 0], SSLv23_method: [0, 0],
  TLS_client_method: [0, 0], SSLv23_client_method: [0, 0],
  TLS_server_method: [0, 0], SSLv23_server_method: [0, 0],
  TLSv1_method: ['TLSv1', 'TLSv1'], TLSv1_client_method: ['TLSv1', 'TLSv1'],
  TLSv1_server_method: ['TLSv1', 'TLSv1'],
  TLSv1_1_method: ['TLSv1.1', 'TLSv1.1'], TLSv1_1_client_method: ['TLSv1.1', 'TLSv1.1'],
  TLSv1_1_server_method: ['TLSv1.1', 'TLSv1.1'],
  TLSv1_2_method: ['TLSv1.2', 'TLSv1.2'], TLSv1_2_client_method: ['TLSv1.2', 'TLSv1.2'],
  TLSv1_2_server_method: ['TLSv1.2', 'TLSv1.2'],
};

function protocolVersion(which, name, fallback) {
  if (name == null) name = fallback;
  const version = kVersions[name];
  if (version === undefined) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(name, which);
  return version;
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) {
    return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  }
  const tls = require('tls');
  if (secureProtocol) {
    if (minVersion != null) {
      throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    }
    if (maxVersion != null) {
      throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
    }
    validateString(secureProtocol, 'secureProtocol');
    const range = kMethods[secureProtocol];
    if (range === undefined) throw new ERR_TLS_INVALID_PROTOCOL_METHOD(`Unknown method: ${secureProtocol}`);
    [minVersion, maxVersion] = range;
  }
  this.context = new binding.SecureContext();
  const min = minVersion === 0 ? protocolVersion('minimum', null, tls.DEFAULT_MIN_VERSION)
    : protocolVersion('minimum', minVersion, tls.DEFAULT_MIN_VERSION);
  const max = maxVersion === 0 ? protocolVersion('maximum', null, tls.DEFAULT_MAX_VERSION)
    : protocolVersion('maximum', maxVersion, tls.DEFAULT_MAX_VERSION);
  binding.ctxSetProtoVersions(this.context, min, max);
  if (secureOptions) {
    validateInteger(secureOptions, 'secureOptions');
    binding.ctxSetOptions(this.context, secureOptions);
  }
}

function validateKeyOrCertOption(name, value) {
  if (typeof value !== 'string' && !isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function forEachValue(value, fn) {
  if (Array.isArray(value)) {
    for (const item of value) fn(item);
  } else {
    fn(value);
  }
}

function createSecureContext(options) {
  if (options === undefined) options = {};
  else validateObject(options, 'options');

  const {
    honorCipherOrder, minVersion, maxVersion, secureProtocol,
  } = options;
  let { secureOptions } = options;
  if (honorCipherOrder) secureOptions |= binding.SSL_OP_CIPHER_SERVER_PREFERENCE;

  const secureContext = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  configureSecureContext(secureContext.context, options);
  return secureContext;
}

function configureSecureContext(context, options) {
  const tls = require('tls');
  const {
    ca, cert, ciphers = tls.DEFAULT_CIPHERS, crl, ecdhCurve = tls.DEFAULT_ECDH_CURVE, key,
    passphrase, pfx, sessionIdContext, sessionTimeout, sigalgs, ticketKeys,
  } = options;

  if (ca) {
    forEachValue(ca, (value) => {
      validateKeyOrCertOption('options.ca', value);
      binding.ctxAddCACert(context, value);
    });
  } else {
    binding.ctxAddRootCerts(context);
  }

  if (cert) {
    forEachValue(cert, (value) => {
      validateKeyOrCertOption('options.cert', value);
      binding.ctxSetCert(context, value);
    });
  }

  if (key) {
    // { pem, passphrase } objects are accepted inside an array only, as in Node.
    if (Array.isArray(key)) {
      for (const value of key) {
        const pem = value?.pem !== undefined ? value.pem : value;
        validateKeyOrCertOption('options.key', pem);
        binding.ctxSetKey(context, pem, stringOrUndefined(value?.passphrase || passphrase));
      }
    } else {
      validateKeyOrCertOption('options.key', key);
      binding.ctxSetKey(context, key, stringOrUndefined(passphrase));
    }
  }

  if (sigalgs !== undefined) {
    validateString(sigalgs, 'options.sigalgs');
    if (sigalgs === '') throw new ERR_INVALID_ARG_VALUE('options.sigalgs', sigalgs);
    binding.ctxSetSigalgs(context, sigalgs);
  }

  if (ciphers != null) validateString(ciphers, 'options.ciphers');
  // TLS 1.3 suites (TLS_*) and the TLS 1.2 cipher list are separate settings in OpenSSL.
  const cipherNames = (ciphers ?? tls.DEFAULT_CIPHERS).split(':');
  const suites = cipherNames.filter((name) => name.startsWith('TLS_')).join(':');
  const list = cipherNames.filter((name) => !name.startsWith('TLS_')).join(':');
  if (suites !== '') binding.ctxSetCipherSuites(context, suites);
  binding.ctxSetCiphers(context, list);

  validateString(ecdhCurve, 'options.ecdhCurve');
  binding.ctxSetECDHCurve(context, ecdhCurve);

  if (crl) {
    forEachValue(crl, (value) => {
      validateKeyOrCertOption('options.crl', value);
      binding.ctxAddCRL(context, value);
    });
  }

  if (sessionIdContext) {
    validateString(sessionIdContext, 'options.sessionIdContext');
    binding.ctxSetSessionIdContext(context, sessionIdContext);
  }

  if (pfx) {
    forEachValue(pfx, (value) => {
      let buf = value;
      let pass = passphrase;
      if (value !== null && typeof value === 'object' && !isArrayBufferView(value)) {
        buf = value.buf;
        if (value.passphrase) pass = value.passphrase;
      }
      if (typeof buf === 'string') buf = Buffer.from(buf);
      validateKeyOrCertOption('options.pfx', buf);
      binding.ctxLoadPKCS12(context, buf, stringOrUndefined(pass));
    });
  }

  if (ticketKeys !== undefined) {
    validateBuffer(ticketKeys, 'options.ticketKeys');
    if (ticketKeys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE('options.ticketKeys', ticketKeys.byteLength,
                                      'must be exactly 48 bytes');
    }
    binding.ctxSetTicketKeys(context, ticketKeys);
  }

  if (sessionTimeout !== undefined) {
    validateInteger(sessionTimeout, 'options.sessionTimeout', 0);
    binding.ctxSetSessionTimeout(context, sessionTimeout);
  }
}

function stringOrUndefined(value) {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : String(value);
}

// Node's shape of a detailed certificate: issuerCertificate chains kept as they are (already
// plain objects here), infoAccess as a null-prototype object.
function translatePeerCertificate(c) {
  if (!c) return null;
  if (c.issuerCertificate != null && c.issuerCertificate !== c) {
    c.issuerCertificate = translatePeerCertificate(c.issuerCertificate);
  }
  return c;
}

module.exports = { SecureContext, createSecureContext, translatePeerCertificate };
