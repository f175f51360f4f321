import cjs from './bridge.cjs';
console.log(cjs.fromEsm, cjs.namespace);
