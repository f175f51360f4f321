module.exports = '.js in type commonjs is CommonJS: ' + (typeof require);
