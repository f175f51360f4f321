const b = require('./b.cjs');
exports.fromCjs = 'cjs value, b saw a.fromCjs as ' + b.sawA;
exports.seenEsm = typeof b;
