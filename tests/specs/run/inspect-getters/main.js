// Accessors show as [Getter], [Setter], [Getter/Setter], or their value with getters: true.
const { inspect } = require('util');
const obj = {
  get readOnly() { return 1; },
  set writeOnly(v) {},
  get both() { return { deep: true }; },
  set both(v) {},
  get broken() { throw new Error('nope'); },
};
console.log(inspect(obj));
console.log(inspect(obj, { getters: true }));
console.log(inspect(obj, { getters: 'get' }));
console.log(inspect(obj, { getters: 'set' }));
