import value from 'esm-main';
console.log(value);
