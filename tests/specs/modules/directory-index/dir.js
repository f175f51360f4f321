module.exports = 'dir.js (file wins over dir)';
