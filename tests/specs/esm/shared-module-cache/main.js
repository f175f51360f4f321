const viaRequire = require('./shared.cjs');
const jsonViaRequire = require('./data.json');
import('./check.mjs').then(async ({ check }) => {
  await check(viaRequire, jsonViaRequire);
  const esmViaRequire = require('./esm.mjs');
  const esmViaImport = await import('./esm.mjs');
  console.log('esm once:', esmViaImport.evaluations(), esmViaRequire.evaluations === esmViaImport.evaluations);
  console.log(Object.keys(require.cache).map((key) => require('path').basename(key)).sort());
});
