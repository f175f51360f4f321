// colors: true wraps tokens in ANSI codes from inspect.styles.
const { inspect } = require('util');
const out = inspect({ n: 1, s: 'str', b: true, u: undefined, z: null, sym: Symbol('s'),
  big: 2n, d: new Date(0), r: /x/, f() {}, list: [1, 'a'] }, { colors: true });
console.log(JSON.stringify(out));
console.log(JSON.stringify(inspect(new Map([[1, 'one']]), { colors: true })));
