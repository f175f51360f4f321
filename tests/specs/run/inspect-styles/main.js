// inspect.styles and inspect.colors can be read and changed.
const { inspect } = require('util');
console.log(inspect.styles);
console.log(Object.keys(inspect.colors).join(' '));
console.log(inspect.colors.grey === inspect.colors.gray, inspect.colors.red);
inspect.styles.number = 'magenta';
console.log(JSON.stringify(inspect(7, { colors: true })));
