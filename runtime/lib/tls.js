'use strict';
// node:tls: the constants and pure helpers programs read when they load; every connection,
// server or secure context needs a TLS layer, which Kiln lacks (ERR_KILN_TLS_UNAVAILABLE).

const { unavailable } = require('internal/unavailable');

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS:
    'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
    'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:' +
    'ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:' +
    '!MD5:!PSK:!SRP:!CAMELLIA',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  connect: unavailable('tls', 'tls.connect()'),
  createServer: unavailable('tls', 'tls.createServer()'),
  createSecureContext: unavailable('tls', 'tls.createSecureContext()'),
  Server: unavailable('tls', 'tls.Server'),
  SecureContext: unavailable('tls', 'tls.SecureContext'),
  TLSSocket: unavailable('tls', 'tls.TLSSocket'),
};
