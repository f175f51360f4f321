// Non-index array properties are listed after the elements.
const { inspect } = require('util');
const arr = [1, 2, 3];
arr.label = 'extra';
arr[Symbol('tag')] = true;
console.log(inspect(arr));
class List extends Array {}
console.log(inspect(List.from([1, 2])));
