module.exports = 'lib/x';
