// Many short entries are grouped into aligned columns; numbers align right.
const { inspect } = require('util');
console.log(inspect(Array.from({ length: 26 }, (_, i) => i * 37 % 1000)));
console.log(inspect(Array.from({ length: 30 }, (_, i) => 'item' + i)));
console.log(inspect(['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg']));
console.log(inspect({ data: Array.from({ length: 10 }, (_, i) => ({ id: i })) }));
