'use strict';
// The public names of node:crypto's asymmetric half (see crypto.js).

module.exports = {};
