module.exports = function hello() { return 'hello'; };
