import { fromCjs } from './a.cjs';
import a from './a.cjs';
export const fromEsm = 'esm value';
console.log('main:', fromCjs, a.seenEsm);
