'use strict';
// atob and btoa as the HTML standard defines them (forgiving base64).

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decodeTable = new Int16Array(256).fill(-1);
for (let i = 0; i < alphabet.length; i++) decodeTable[alphabet.charCodeAt(i)] = i;

function invalidCharacter(message = 'Invalid character') {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, 'InvalidCharacterError');
}

function missingArgs() {
  const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
  return new ERR_MISSING_ARGS('input');
}

function btoa(input) {
  if (arguments.length === 0) throw missingArgs();
  input = `${input}`;
  let out = '';
  for (let i = 0; i < input.length; i += 3) {
    const a = input.charCodeAt(i);
    const b = i + 1 < input.length ? input.charCodeAt(i + 1) : 0;
    const c = i + 2 < input.length ? input.charCodeAt(i + 2) : 0;
    if (a > 255 || b > 255 || c > 255) throw invalidCharacter();
    const triple = (a << 16) | (b << 8) | c;
    out += alphabet[(triple >> 18) & 63] + alphabet[(triple >> 12) & 63];
    out += i + 1 < input.length ? alphabet[(triple >> 6) & 63] : '=';
    out += i + 2 < input.length ? alphabet[triple & 63] : '=';
  }
  return out;
}

function atob(input) {
  if (arguments.length === 0) throw missingArgs();
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/={1,2}$/, '');
  if (input.length % 4 === 1) {
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  }
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const value = code < 256 ? decodeTable[code] : -1;
    if (value < 0) throw invalidCharacter();
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 255);
    }
  }
  return out;
}

module.exports = { atob, btoa };
