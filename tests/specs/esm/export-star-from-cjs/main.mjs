import * as ns from './facade.mjs';
console.log(ns);
