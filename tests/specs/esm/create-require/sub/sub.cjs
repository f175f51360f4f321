module.exports = 'sub via directory require';
