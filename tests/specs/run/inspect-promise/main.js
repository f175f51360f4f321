// Promises show their state and value.
const { inspect } = require('util');
const rejected = Promise.reject(3);
rejected.catch(() => {});
console.log(inspect(Promise.resolve(1)));
console.log(inspect(new Promise(() => {})));
console.log(inspect(rejected));
console.log(inspect(Promise.resolve({ nested: [1, 2] })));
class Task extends Promise {}
console.log(inspect(Task.resolve('done')));
