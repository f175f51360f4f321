// zlib.constants (all but the version number of the zlib in use), codes and legacy names.
const zlib = require('zlib');
const { ZLIB_VERNUM, ...rest } = zlib.constants;
console.log(rest);
console.log(typeof ZLIB_VERNUM);
console.log(zlib.codes);
console.log(Object.isFrozen(zlib.codes), Object.isFrozen(zlib.constants));
console.log(zlib.Z_DATA_ERROR, zlib.Z_BEST_COMPRESSION, zlib.DEFLATE, zlib.BROTLI_PARAM_MODE);
console.log(Object.keys(zlib).join(' '));
console.log(Object.keys(require('node:zlib')).length);
