// Functions and classes are shown by kind and name.
const { inspect } = require('util');
function named() {}
const anonymous = (() => () => {})();
async function asyncFn() {}
function* gen() {}
async function* asyncGen() {}
class Base {}
class Derived extends Base {}
const withProps = Object.assign(function props() {}, { answer: 42 });
for (const fn of [named, anonymous, asyncFn, gen, asyncGen, Base, Derived, class {}, withProps, Math.max]) {
  console.log(inspect(fn));
}
console.log(inspect({ method() {}, arrow: () => {} }));
