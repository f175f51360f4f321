// Dates print in ISO form, invalid dates as "Invalid Date", RegExps as literals.
const { inspect } = require('util');
console.log(inspect(new Date(0)));
console.log(inspect(new Date(NaN)));
const d = new Date(86400000);
d.note = 'tagged';
console.log(inspect(d));
console.log(inspect(/ab+c/gi));
const r = /x/;
r.extra = 1;
console.log(inspect(r));
console.log(inspect({ when: new Date(0), pattern: /p/ }));
