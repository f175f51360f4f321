import value from './other.js';
console.log(value, typeof require);
