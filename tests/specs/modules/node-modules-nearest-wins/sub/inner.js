module.exports = require('dup');
