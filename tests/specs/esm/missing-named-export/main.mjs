import { exists } from './lib.mjs';
import { missing } from './lib.mjs';
console.log(exists, missing);
