import helper, { add } from './helper.cts';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const again: typeof helper = require('./helper.cts');
console.log(add(1, 2), helper === again, typeof module);
