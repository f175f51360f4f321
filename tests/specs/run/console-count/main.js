// console.count and countReset.
console.count();
console.count();
console.count('label');
console.countReset();
console.count();
console.count('label');
