'use strict';

// node:assert/strict — node:assert in strict mode.

module.exports = require('assert').strict;
