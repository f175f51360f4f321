// console.table of primitives, nested arrays, column filters and non-objects.
console.table([1, 'two', { x: 3 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['b']);
console.table([]);
console.table(5);
console.table('not tabular');
console.table(null);
