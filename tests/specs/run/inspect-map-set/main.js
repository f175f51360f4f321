// Map and Set show their size and entries.
const { inspect } = require('util');
console.log(inspect(new Map([['a', 1], [{ k: 1 }, [1, 2]]])));
console.log(inspect(new Set([1, 'two', { three: 3 }])));
console.log(inspect(new Map()));
console.log(inspect(new Set()));
console.log(inspect({ m: new Map([['nested', new Map([['deeper', new Map([['x', 1]])]])]]) }));
class Registry extends Map {}
console.log(inspect(new Registry([[1, 'one']])));
