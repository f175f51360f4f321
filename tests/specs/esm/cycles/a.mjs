import { b, hoisted } from './b.mjs';
console.log('a evaluates, b =', b, hoisted());
export const a = 'A';
export function callB() { return b; }
