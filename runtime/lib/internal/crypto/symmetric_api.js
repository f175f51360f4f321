'use strict';
// The public names of node:crypto's symmetric half (see crypto.js).

module.exports = {};
