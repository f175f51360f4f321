// util.inspect.custom receives (depth, options, inspect) and may return any value.
const util = require('util');
class Money {
  constructor(amount) { this.amount = amount; }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${this.amount}> depth=${depth} same=${inspect === util.inspect} ` +
      `colors=${options.colors}`;
  }
}
console.log(util.inspect(new Money(5)));
console.log(util.inspect({ a: { b: new Money(1) } }));
const replaced = { [util.inspect.custom]() { return { replaced: [1, 2] }; } };
console.log(util.inspect({ replaced }));
const multiline = { [util.inspect.custom]() { return 'line one\nline two'; } };
console.log(util.inspect({ nested: { multiline } }));
console.log(util.inspect(new Money(7), { customInspect: false }));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
