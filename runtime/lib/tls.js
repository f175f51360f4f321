'use strict';
// node:tls: constants, tls.checkServerIdentity (RFC 6125 name matching, as Node applies it),
// the root certificates, and the classes of _tls_common and _tls_wrap.

const net = require('net');
const { Buffer } = require('buffer');
const {
  codes: { ERR_TLS_CERT_ALTNAME_INVALID, ERR_TLS_CERT_ALTNAME_FORMAT },
} = require('internal/errors');
const binding = internalBinding('tls_wrap');
const { SecureContext, createSecureContext } = require('_tls_common');
const { TLSSocket, Server, createServer, connect, convertALPNProtocols } = require('_tls_wrap');

let ciphers;
function getCiphers() {
  if (ciphers === undefined) {
    const names = new Set();
    for (const name of binding.getSSLCiphers()) names.add(name.toLowerCase());
    ciphers = [...names].sort();
  }
  return ciphers.slice();
}

let rootCertificates;
function getRootCertificates() {
  rootCertificates ??= Object.freeze(binding.getRootCertificates());
  return rootCertificates;
}

// ---- server identity ----

function withoutTrailingDot(host) {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

// Lower-cases ASCII letters only, as certificate names are compared.
function hostLabels(host) {
  return withoutTrailingDot(host).replace(/[A-Z]/g, (c) => c.toLowerCase()).split('.');
}

function matchesPattern(hostParts, pattern, allowWildcard) {
  if (!pattern) return false;
  const patternParts = hostLabels(pattern);
  if (patternParts.length !== hostParts.length || patternParts.includes('')) return false;
  // Non-ASCII, control characters and blanks never match.
  if (patternParts.some((part) => /[^\u0021-\u007F]/u.test(part))) return false;
  for (let i = hostParts.length - 1; i > 0; i--) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const first = patternParts[0];
  const host = hostParts[0];
  const pieces = first.split('*', 3);
  // No wildcard, or an A-label (wildcards never apply inside punycode): exact match.
  if (pieces.length === 1 || first.includes('xn--')) return host === first;
  // One wildcard at most, never in a name of fewer than three labels (no *.tld).
  if (!allowWildcard || pieces.length > 2 || patternParts.length <= 2) return false;
  const [prefix, suffix] = pieces;
  return prefix.length + suffix.length <= host.length &&
    host.startsWith(prefix) && host.endsWith(suffix);
}

// The subjectaltname string split at ", ", with quoted entries (names Node escaped) read back.
function splitAltNames(altNames) {
  if (!altNames.includes('"')) return altNames.split(', ');
  const result = [];
  let current = '';
  for (let i = 0; i < altNames.length;) {
    if (altNames.startsWith(', ', i) && current !== '') {
      result.push(current);
      current = '';
      i += 2;
    } else if (altNames[i] === '"') {
      // A JSON-like string: backslash escapes a quote, a backslash or \uXXXX.
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= altNames.length) throw new ERR_TLS_CERT_ALTNAME_FORMAT();
        const c = altNames[j];
        if (c === '"') break;
        if (c === '\\') {
          const next = altNames[j + 1];
          if (next === 'u') {
            text += String.fromCharCode(parseInt(altNames.slice(j + 2, j + 6), 16));
            j += 6;
          } else {
            text += next;
            j += 2;
          }
        } else {
          text += c;
          j++;
        }
      }
      current += text;
      i = j + 1;
      if (i < altNames.length && !altNames.startsWith(', ', i)) {
        throw new ERR_TLS_CERT_ALTNAME_FORMAT();
      }
    } else {
      current += altNames[i++];
    }
  }
  if (current !== '') result.push(current);
  return result;
}

// The canonical text of an IP address (IPv6 compressed and lower-case), for comparison.
function canonicalizeIP(ip) {
  if (net.isIPv4(ip)) return ip;
  if (!net.isIPv6(ip)) return ip;
  let address = ip.toLowerCase();
  const zone = address.indexOf('%');
  if (zone !== -1) address = address.slice(0, zone);
  let groups;
  const v4 = address.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (v4) {
    const hi = ((+v4[1]) << 8 | +v4[2]).toString(16);
    const lo = ((+v4[3]) << 8 | +v4[4]).toString(16);
    address = address.slice(0, v4.index) + hi + ':' + lo;
  }
  const halves = address.split('::');
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  if (halves.length > 1) {
    groups = [...head, ...new Array(8 - head.length - tail.length).fill('0'), ...tail];
  } else {
    groups = head;
  }
  groups = groups.map((g) => parseInt(g, 16).toString(16));
  // RFC 5952: compress the longest run (two or more) of zero groups, the first if tied.
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLength && j - i > 1) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (bestStart === -1) return groups.join(':');
  return groups.slice(0, bestStart).join(':') + '::' +
    groups.slice(bestStart + bestLength).join(':');
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = `${hostname}`;
  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = withoutTrailingDot(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = hostLabels(hostname);
    const matches = (pattern) => matchesPattern(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(matches);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      // The Common Name counts only when the certificate has no DNS names.
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some(matches) : Boolean(cn) && matches(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
  return undefined;
}

function createSecurePair() {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('createSecurePair');
}

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
  getCiphers,
  get rootCertificates() { return getRootCertificates(); },
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
  createSecurePair,
};
