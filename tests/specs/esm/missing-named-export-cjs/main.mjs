import { known, notDetected } from './lib.cjs';
console.log(known, notDetected);
