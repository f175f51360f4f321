'use strict';
// node:stream/consumers: reads a whole stream (any async iterable of strings and bytes) into
// one value, as Node's lib/stream/consumers.js does.

const { Buffer } = require('buffer');
const { TextDecoder } = require('internal/encoding');
const { Blob } = require('internal/blob');

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const result = await blob(stream);
  return result.arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const decoder = new TextDecoder();
  let result = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') {
      result += chunk;
    } else {
      result += decoder.decode(chunk, { stream: true });
    }
  }
  // Flushes a multibyte character left incomplete by the last chunk.
  result += decoder.decode(undefined, { stream: false });
  return result;
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  text,
  json,
};
