// Bare specifiers mapped by tsconfig "paths", and by "baseUrl" alone.
const math = require('@lib/math');
const config = require('config');
const shared = require('src/shared/names');
console.log(math.square(4), config.name, shared.names.join(','));
