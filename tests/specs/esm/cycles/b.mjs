import { a, callB } from './a.mjs';
console.log('b evaluates first, typeof callB =', typeof callB);
export const b = 'B';
export function hoisted() { return 'hoisted'; }
