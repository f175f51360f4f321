import runtime from 'targets';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(runtime, require('targets'));
