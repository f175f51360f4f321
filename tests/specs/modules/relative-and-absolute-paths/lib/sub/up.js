exports.fromParent = require('../a').name + ' via ..';
