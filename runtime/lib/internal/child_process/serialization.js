'use strict';
// The two wire formats of Node's IPC channel: 'json' (one JSON text per line) and 'advanced'
// (frames of a 4-byte big-endian length and a V8-serialized value, Buffers and typed arrays
// written as Node's v8.DefaultSerializer does).

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { StringDecoder } = require('string_decoder');

const kJSONBuffer = Symbol('kJSONBuffer');
const kStringDecoder = Symbol('kStringDecoder');
const kMessageBuffer = Symbol('kMessageBuffer');
const kMessageBufferSize = Symbol('kMessageBufferSize');

const json = {
  initMessageChannel(channel) {
    channel[kJSONBuffer] = '';
    channel[kStringDecoder] = undefined;
  },

  *parseChannelMessages(channel, readData) {
    if (readData.length === 0) return;
    channel[kStringDecoder] ??= new StringDecoder('utf8');
    const chunks = channel[kStringDecoder].write(readData).split('\n');
    const numCompleteChunks = chunks.length - 1;
    const incompleteChunk = chunks[numCompleteChunks];
    if (numCompleteChunks === 0) {
      channel[kJSONBuffer] += incompleteChunk;
      channel.buffering = channel[kJSONBuffer].length !== 0;
      return;
    }
    chunks[0] = channel[kJSONBuffer] + chunks[0];
    channel[kJSONBuffer] = incompleteChunk;
    channel.buffering = incompleteChunk.length !== 0;
    for (let i = 0; i < numCompleteChunks; i++) yield JSON.parse(chunks[i]);
  },

  writeChannelMessage(channel, req, message) {
    const string = JSON.stringify(message) + '\n';
    return channel.writeUtf8String(req, string);
  },
};

let serdes;
function bufferPrototype() {
  return FastBuffer.prototype;
}

const advanced = {
  initMessageChannel(channel) {
    channel[kMessageBuffer] = [];
    channel[kMessageBufferSize] = 0;
    channel.buffering = false;
  },

  *parseChannelMessages(channel, readData) {
    if (readData.length === 0) return;
    serdes ??= internalBinding('serdes');
    channel[kMessageBuffer].push(readData);
    channel[kMessageBufferSize] += readData.length;
    let head = channel[kMessageBuffer][0];
    while (head.length >= 4) {
      const fullMessageSize = ((head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]) + 4;
      if (channel[kMessageBufferSize] < fullMessageSize) break;
      const all = channel[kMessageBuffer].length === 1 ? channel[kMessageBuffer][0] :
        Buffer.concat(channel[kMessageBuffer], channel[kMessageBufferSize]);
      const frame = all.subarray(4, fullMessageSize);
      head = all.subarray(fullMessageSize);
      channel[kMessageBufferSize] = head.length;
      channel[kMessageBuffer] = head.length !== 0 ? [head] : [];
      yield serdes.ipcDeserialize(frame, bufferPrototype());
    }
    channel.buffering = channel[kMessageBufferSize] > 0;
  },

  writeChannelMessage(channel, req, message) {
    serdes ??= internalBinding('serdes');
    const frame = new FastBuffer(serdes.ipcSerialize(message, bufferPrototype()));
    return channel.writeBuffer(req, frame);
  },
};

module.exports = { json, advanced };
