// console.table of Maps, Sets and their iterators.
console.table(new Map([['key', { v: 1 }], [{ o: 1 }, 2]]));
console.table(new Set(['a', 'bb']));
console.table(new Map([[1, 2]]).entries());
console.table(new Set([1, 2]).values());
