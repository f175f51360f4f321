exports.viaSelf = require('self-pkg/feature') + ' (from lib/inner)';
