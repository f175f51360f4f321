module.exports = 'real fake.js';
