module.exports = 'lib via createRequire';
