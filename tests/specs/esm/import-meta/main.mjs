import { meta } from './sub dir/inner.mjs';
console.log(import.meta);
console.log(meta.url, meta.filename, meta.dirname);
console.log(import.meta.resolve('./sub dir/inner.mjs'));
console.log(import.meta.resolve('./not-there.mjs'));
console.log(import.meta.resolve('dep'));
console.log(import.meta.resolve('dep/extra.js'));
console.log(import.meta.resolve('node:fs'), import.meta.resolve('fs'));
try { import.meta.resolve('not-installed'); } catch (e) { console.log(e.code); }
console.log(Object.getPrototypeOf(import.meta), typeof import.meta.resolve);
import.meta.custom = 1;
console.log(import.meta.custom);
