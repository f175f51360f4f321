'use strict';
// node:dns/promises, partial: lookup and the result-order setting (see dns.js).

const {
  DNSException,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { isIP } = require('internal/net');

const cares = internalBinding('cares_wrap');

const orders = { verbatim: cares.DNS_ORDER_VERBATIM, ipv4first: cares.DNS_ORDER_IPV4_FIRST,
                 ipv6first: cares.DNS_ORDER_IPV6_FIRST };

function lookup(hostname, options) {
  const dns = require('dns');
  if (hostname) validateString(hostname, 'hostname');
  if (options !== undefined && options !== null && typeof options !== 'number' &&
      typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  const { family, hints, all, order } = dns._parseLookupOptions(options ?? undefined);
  if (!hostname) {
    return Promise.resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily !== 0) {
    const result = { address: hostname, family: matchedFamily };
    return Promise.resolve(all ? [result] : result);
  }
  return new Promise((resolve, reject) => {
    const req = new cares.GetAddrInfoReqWrap();
    req.oncomplete = (err, addresses) => {
      if (err) return reject(new DNSException(err, 'getaddrinfo', hostname));
      if (all) {
        resolve(addresses.map((address) => ({ address, family: family || isIP(address) })));
      } else {
        resolve({ address: addresses[0], family: family || isIP(addresses[0]) });
      }
    };
    const err = cares.getaddrinfo(req, require('url').domainToASCII(hostname) || hostname,
                                  family, hints, orders[order]);
    if (err) reject(new DNSException(err, 'getaddrinfo', hostname));
  });
}

module.exports = {
  lookup,
  get getDefaultResultOrder() { return require('dns').getDefaultResultOrder; },
  get setDefaultResultOrder() { return require('dns').setDefaultResultOrder; },
};
