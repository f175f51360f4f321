module.exports = 'dist/entry.cjs';
