// util.isDeepStrictEqual compares structure, prototypes and types.
const { isDeepStrictEqual } = require('util');
const cases = [
  [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }],
  [{ a: 1 }, { a: '1' }],
  [0, -0],
  [NaN, NaN],
  [new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])],
  [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  [[1, , 3], [1, undefined, 3]],
  [Object.create(null), {}],
  [new Date(0), new Date(0)],
  [/a/g, /a/i],
  [new Error('x'), new Error('x')],
  [new Error('x'), new TypeError('x')],
  [new Uint8Array([1]), new Uint8Array([1])],
  [new Number(1), new Number(1)],
  [{ [Symbol.for('s')]: 1 }, {}],
];
for (const [a, b] of cases) console.log(isDeepStrictEqual(a, b));
const c1 = { v: 1 }; c1.self = c1;
const c2 = { v: 1 }; c2.self = c2;
console.log(isDeepStrictEqual(c1, c2));
