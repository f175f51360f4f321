'use strict';
// Protocol layers Kiln does not implement yet (HTTP/2). Their modules load (many packages
// require them at the top and only use plain http), and every operation that needs the missing
// layer fails with one of these errors.

const layers = {
  http2: { code: 'ERR_KILN_HTTP2_UNAVAILABLE',
           why: 'is not available: Kiln does not implement HTTP/2 yet' },
};

function unavailableError(layer, operation) {
  const { code, why } = layers[layer];
  const error = new Error(`${operation} ${why}`);
  error.code = code;
  return error;
}

// A function (or constructor) that throws the error when called.
function unavailable(layer, operation) {
  return function() { throw unavailableError(layer, operation); };
}

module.exports = { unavailable, unavailableError };
