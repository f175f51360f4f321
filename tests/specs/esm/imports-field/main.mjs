import config from '#config';
import helper from '#lib/helper.mjs';
import dep from '#dep';
import builtin from '#fs';
import { createRequire } from 'node:module';
console.log(config, helper, dep, typeof builtin.readFileSync);
const require = createRequire(import.meta.url);
console.log(require('#config'));
for (const specifier of ['#missing', '#', '#lib/']) {
  try { await import(specifier); } catch (e) { console.log(e.code, e.message); }
}
