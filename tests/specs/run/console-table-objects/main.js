// console.table of an array of objects.
console.table([{ a: 1, b: 'x' }, { a: 22, c: true }]);
console.table({ row1: { col: 1 }, row2: { col: 'value' } });
console.table([{ a: { deep: { x: 1 } }, b: [1, 2, 3, 4, 5], c: { p: 1, q: 2, r: 3 } }]);
