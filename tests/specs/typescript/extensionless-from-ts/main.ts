// From a TypeScript file, `./math` finds math.ts and `./math.js` (TypeScript's convention for
// the compiled name) finds it too; `./dir` finds dir/index.ts.
const viaStem: typeof import('./math') = require('./math');
const viaJs = require('./math.js');
const dir = require('./dir');
console.log(viaStem.twice(21), viaStem === viaJs, dir.name);
