module.exports = 'self feature';
