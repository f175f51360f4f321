module.exports = { f: __filename, d: __dirname };
