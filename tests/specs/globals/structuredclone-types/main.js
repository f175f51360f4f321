const source = {
  map: new Map([[1, { a: 1 }], ['k', [1, 2]]]),
  set: new Set([1, 'two', 3n]),
  date: new Date(0),
  regexp: /ab+c/gi,
  nested: { arr: [1, , 3], undef: undefined, neg: -0, nan: NaN },
  boxed: [new Number(1), new String('s'), new Boolean(false)],
  big: 123n,
  typed: new Uint8Array([1, 2, 3]),
  error: new RangeError('bad range'),
};
const copy = structuredClone(source);
console.log(copy.map instanceof Map, copy.map.get(1), copy.map.get(1) !== source.map.get(1));
console.log(copy.set instanceof Set, [...copy.set]);
console.log(copy.date instanceof Date, copy.date.toISOString(), copy.date !== source.date);
console.log(copy.regexp instanceof RegExp, copy.regexp.source, copy.regexp.flags, copy.regexp.lastIndex);
console.log(copy.nested, 1 in copy.nested.arr, 'undef' in copy.nested, Object.is(copy.nested.neg, -0));
console.log(copy.boxed.map((b) => typeof b));
console.log(copy.big, copy.typed, copy.typed.buffer !== source.typed.buffer);
console.log(copy.error instanceof RangeError, copy.error.message, copy.error.name);
class Point { constructor() { this.x = 1; } get y() { return 2; } }
const p = structuredClone(new Point());
console.log(p instanceof Point, p, Object.getPrototypeOf(p) === Object.prototype);
const withSymbolKey = structuredClone({ [Symbol('s')]: 1, visible: 2 });
console.log(withSymbolKey);
console.log(structuredClone(undefined), structuredClone(null), structuredClone('str'));
