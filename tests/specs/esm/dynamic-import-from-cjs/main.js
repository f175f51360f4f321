(async () => {
  const esm = await import('./esm.mjs');
  console.log(esm, esm.default());
  const again = await import('./esm.mjs');
  console.log(esm === again);
  const cjs = await import('./cjs.cjs');
  console.log(cjs);
  const fs = await import('fs');
  console.log(typeof fs.readFileSync, fs.default === require('fs'));
  const json = await import('./data.json', { assert: { type: 'json' } });
  console.log(json.default);
  const json2 = await import('./data.json', { with: { type: 'json' } });
  console.log(json === json2);
  const specifier = './esm' + '.mjs';
  console.log((await import(specifier)) === esm);
  try { await import('./missing.mjs'); } catch (e) { console.log(e.code, e.message); }
})();
