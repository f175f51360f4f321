import './dep.mjs';
console.log('never');
