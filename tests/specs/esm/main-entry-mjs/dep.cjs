exports.mainOfCjs = require.main;
