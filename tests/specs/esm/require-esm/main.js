const esmOnly = require('esm-only');
console.log(esmOnly);
console.log(esmOnly.__esModule, esmOnly.default, esmOnly.named);
const noDefault = require('./no-default.mjs');
console.log(noDefault, noDefault.__esModule);
const ownFlag = require('./own-flag.mjs');
console.log(ownFlag);
console.log(require('esm-only') === esmOnly);
import('esm-only').then((ns) => console.log('import gets the same module:', ns.named === esmOnly.named, ns.counter() === esmOnly.counter()));
