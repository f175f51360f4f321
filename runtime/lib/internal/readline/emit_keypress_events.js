'use strict';
// readline.emitKeypressEvents(stream[, interface]): decode the stream's 'data' as UTF-8 and
// emit one 'keypress' per key, but only while someone listens for 'keypress'.

const { charLengthAt, emitKeys, kEscape } = require('internal/readline/utils');
const { kSawKeyPress } = require('internal/readline/symbols');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');
const kDefaultEscapeCodeTimeout = 500;

function startParser(stream) {
  const parser = emitKeys(stream);
  parser.next();
  return parser;
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  const { StringDecoder } = require('string_decoder');
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  stream[kEscapeDecoder] = startParser(stream);

  const escapeCodeTimeout = iface.escapeCodeTimeout ?? kDefaultEscapeCodeTimeout;
  let timeout;
  const flushEscape = () => stream[kEscapeDecoder].next('');

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[kKeypressDecoder].write(input);
    if (!string) return;
    clearTimeout(timeout);
    // A single (possibly two-unit) character is a key press; anything longer is a paste.
    iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
    iface.isCompletionEnabled = false;
    let length = 0;
    for (const character of string) {
      length += character.length;
      if (length === string.length) iface.isCompletionEnabled = true;
      try {
        stream[kEscapeDecoder].next(character);
        if (length === string.length && character === kEscape) {
          timeout = setTimeout(flushEscape, escapeCodeTimeout);
        }
      } catch (error) {
        // A throwing 'keypress' listener ends the generator: start a fresh one.
        stream[kEscapeDecoder] = startParser(stream);
        throw error;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) {
    stream.on('data', onData);
  } else {
    stream.on('newListener', onNewListener);
  }
}

module.exports = emitKeypressEvents;
