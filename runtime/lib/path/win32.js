'use strict';

// node:path/win32 — the Windows flavour of node:path.

module.exports = require('path').win32;
