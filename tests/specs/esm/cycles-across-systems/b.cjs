const a = require('./a.cjs');
exports.sawA = String(a.fromCjs);
