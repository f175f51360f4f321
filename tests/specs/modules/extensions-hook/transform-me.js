module.exports = 'ORIGINAL source';
