import { createRequire } from 'node:module';
import module from 'node:module';
const require = createRequire(import.meta.url);
console.log(require('./lib.cjs'), require.resolve('./lib.cjs').endsWith('/lib.cjs'));
console.log(require('dep'));
const fromDir = module.createRequire(import.meta.dirname + '/sub/');
console.log(fromDir('./sub.cjs'));
console.log(typeof require.cache, require.main);
try { createRequire('relative/path'); } catch (e) { console.log(e.code); }
