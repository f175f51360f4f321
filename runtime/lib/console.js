'use strict';
// node:console — the global console object (with `Console` on it), as in Node.js.

module.exports = require('internal/console/constructor').createGlobalConsole();
