module.exports = { ...require('./more.cjs'), extra: 'extra' };
var extra;
