import { early } from './tdz-a.mjs';
console.log(early);
