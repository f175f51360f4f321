'use strict';
// Kiln has no TLS layer yet. node:tls and node:https load (many packages require them at the top
// and only use plain http), and every operation that needs TLS fails with this error.

function tlsUnavailableError(operation) {
  const error = new Error(
    `${operation} needs TLS, which Kiln does not implement yet (node:tls and node:https ` +
    'load, but cannot connect or serve)');
  error.code = 'ERR_KILN_TLS_UNAVAILABLE';
  return error;
}

module.exports = { tlsUnavailableError };
