'use strict';
// node:_stream_writable: the legacy name of require('stream').Writable.

module.exports = require('stream').Writable;
