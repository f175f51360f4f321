const { value } = await import('./lib/value.mjs');
console.log(value);
const name = 'value';
const mod = await import(`./lib/${name}.mjs`);
console.log(mod.value === value);
const results = await Promise.allSettled([import('./lib/nope.mjs'), import('nope-package'), import('node:nope')]);
for (const result of results) console.log(result.status, result.reason.code);
const viaMeta = await import(import.meta.resolve('./lib/value.mjs'));
console.log(viaMeta === mod);
