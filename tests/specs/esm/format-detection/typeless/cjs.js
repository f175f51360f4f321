module.exports = '.js without ESM syntax is CommonJS: ' + (typeof require);
