const ns = require('./leaf.mjs');
exports.fromEsm = ns.leaf;
exports.namespace = ns;
