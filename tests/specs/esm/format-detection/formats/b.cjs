module.exports = 'cjs is CommonJS: ' + (typeof require);
