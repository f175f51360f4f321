// compileFunction: parameters, context extensions, parsing context, code cache.
const vm = require('vm');
const add = vm.compileFunction('return a + b', ['a', 'b']);
console.log(add(1, 2), add.name === '', add.length, Object.keys(add));
const withCache = vm.compileFunction('return 1', [], { produceCachedData: true });
console.log(Object.keys(withCache), withCache.cachedDataProduced, Buffer.isBuffer(withCache.cachedData));
const extended = vm.compileFunction('return a + c', ['a'], { contextExtensions: [{ c: 10 }] });
console.log(extended(1));
const ctx = vm.createContext({ n: 5 });
const inContext = vm.compileFunction('return n * 2 + " " + ([] instanceof Array)', [], { parsingContext: ctx });
console.log(inContext());
const noParams = vm.compileFunction('return typeof arguments');
console.log(noParams());
