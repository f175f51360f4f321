'use strict';
// node:dns, partial: lookup (getaddrinfo on the libuv thread pool, as Node's) and its promise
// form, the result-order setting and the error code constants. The c-ares resolvers
// (resolve*, reverse, Resolver) are not implemented yet.

const {
  DNSException,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateNumber, validateOneOf, validateString,
} = require('internal/validators');
const { isIP } = require('internal/net');

const cares = internalBinding('cares_wrap');
const { GetAddrInfoReqWrap } = cares;

const validFamilies = [0, 4, 6];
const orders = { verbatim: cares.DNS_ORDER_VERBATIM, ipv4first: cares.DNS_ORDER_IPV4_FIRST,
                 ipv6first: cares.DNS_ORDER_IPV6_FIRST };
let defaultResultOrder = require('internal/options').getOptionValue('--dns-result-order') || 'verbatim';

function validateHints(hints) {
  if ((hints & ~(cares.AI_ADDRCONFIG | cares.AI_ALL | cares.AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

// The parsed options of lookup(hostname, options): { family, hints, all, order }.
function parseLookupOptions(options, optionsName = 'options') {
  const parsed = { family: 0, hints: 0, all: false, order: defaultResultOrder };
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    parsed.family = options;
    return parsed;
  }
  if (options?.hints != null) {
    validateNumber(options.hints, `${optionsName}.hints`);
    parsed.hints = options.hints >>> 0;
    validateHints(parsed.hints);
  }
  if (options?.family != null) {
    switch (options.family) {
      case 'IPv4': parsed.family = 4; break;
      case 'IPv6': parsed.family = 6; break;
      default:
        validateOneOf(options.family, `${optionsName}.family`, validFamilies);
        parsed.family = options.family;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, `${optionsName}.all`);
    parsed.all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, `${optionsName}.verbatim`);
    parsed.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options?.order != null) {
    validateOneOf(options.order, `${optionsName}.order`, ['verbatim', 'ipv4first', 'ipv6first']);
    parsed.order = options.order;
  }
  return parsed;
}

function onlookup(err, addresses) {
  if (err) return this.callback(new DNSException(err, 'getaddrinfo', this.hostname));
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
}

function onlookupall(err, addresses) {
  if (err) return this.callback(new DNSException(err, 'getaddrinfo', this.hostname));
  const family = this.family;
  for (let i = 0; i < addresses.length; i++) {
    const address = addresses[i];
    addresses[i] = { address, family: family || isIP(address) };
  }
  this.callback(null, addresses);
}

let invalidHostnameWarningEmitted = false;
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarningEmitted) return;
  invalidHostnameWarningEmitted = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns ` +
    'module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  let parsed;
  if (typeof options === 'function') {
    callback = options;
    parsed = parseLookupOptions(undefined);
  } else if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    parsed = parseLookupOptions(options);
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    validateFunction(callback, 'callback');
    parsed = parseLookupOptions(options);
  }
  const { family, hints, all, order } = parsed;

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matchedFamily }]);
    else process.nextTick(callback, null, hostname, matchedFamily);
    return {};
  }
  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  const err = cares.getaddrinfo(req, require('url').domainToASCII(hostname) || hostname, family,
                                hints, orders[order]);
  if (err) {
    process.nextTick(callback, new DNSException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}

Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  get() { return promises.lookup; },
  enumerable: false,
  configurable: true,
});

function getDefaultResultOrder() {
  return defaultResultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultResultOrder = order;
}

const promises = require('dns/promises');

module.exports = {
  lookup,
  getDefaultResultOrder,
  setDefaultResultOrder,
  promises,
  ADDRCONFIG: cares.AI_ADDRCONFIG,
  ALL: cares.AI_ALL,
  V4MAPPED: cares.AI_V4MAPPED,
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
  // Internal to Kiln: the lookup options parser, shared with dns/promises.
  _parseLookupOptions: parseLookupOptions,
};
