'use strict';
// node:_stream_passthrough: the legacy name of require('stream').PassThrough.

module.exports = require('stream').PassThrough;
