'use strict';

// The WebIDL DOMException: an Error subclass by prototype whose name, message and legacy
// numeric code are read-only accessors.

const {
  codes: { ERR_INVALID_THIS },
} = require('internal/errors');

// [name, legacy code, constant name]
const kLegacyErrors = [
  ['IndexSizeError', 1, 'INDEX_SIZE_ERR'],
  ['DOMStringSizeError', 2, 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 3, 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 4, 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 5, 'INVALID_CHARACTER_ERR'],
  ['NoDataAllowedError', 6, 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 7, 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 8, 'NOT_FOUND_ERR'],
  ['NotSupportedError', 9, 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 10, 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 11, 'INVALID_STATE_ERR'],
  ['SyntaxError', 12, 'SYNTAX_ERR'],
  ['InvalidModificationError', 13, 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 14, 'NAMESPACE_ERR'],
  ['InvalidAccessError', 15, 'INVALID_ACCESS_ERR'],
  ['ValidationError', 16, 'VALIDATION_ERR'],
  ['TypeMismatchError', 17, 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 18, 'SECURITY_ERR'],
  ['NetworkError', 19, 'NETWORK_ERR'],
  ['AbortError', 20, 'ABORT_ERR'],
  ['URLMismatchError', 21, 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 22, 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 23, 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 24, 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 25, 'DATA_CLONE_ERR'],
];
const nameToCode = new Map(kLegacyErrors.map(([name, code]) => [name, code]));

const internals = new WeakMap();

function internalsOf(self) {
  const state = internals.get(self);
  if (state === undefined) throw new ERR_INVALID_THIS('DOMException');
  return state;
}

class DOMException {
  // `options` is the name, or { name, cause }.
  constructor(message = '', options = 'Error') {
    Error.captureStackTrace(this);
    if (options !== null && typeof options === 'object') {
      const { name } = options;
      internals.set(this, { message: `${message}`, name: `${name}` });
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          __proto__: null, value: options.cause, configurable: true, writable: true,
          enumerable: false,
        });
      }
    } else {
      internals.set(this, { message: `${message}`, name: `${options}` });
    }
  }

  get name() {
    return internalsOf(this).name;
  }

  get message() {
    return internalsOf(this).message;
  }

  get code() {
    return nameToCode.get(internalsOf(this).name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'DOMException' },
  name: { __proto__: null, enumerable: true, configurable: true },
  message: { __proto__: null, enumerable: true, configurable: true },
  code: { __proto__: null, enumerable: true, configurable: true },
});

for (const [, code, constant] of kLegacyErrors) {
  const desc = { __proto__: null, enumerable: true, value: code };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}

module.exports = { DOMException };
