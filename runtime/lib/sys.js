'use strict';
// node:sys, the deprecated alias of node:util.
module.exports = require('util');
