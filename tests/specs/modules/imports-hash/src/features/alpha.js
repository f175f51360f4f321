module.exports = 'feature alpha';
