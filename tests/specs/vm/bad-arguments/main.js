// Invalid arguments throw Node's ERR_* errors.
const vm = require('vm');
const attempts = [
  () => vm.isContext(1),
  () => vm.isContext(null),
  () => vm.createContext('x'),
  () => vm.createContext({}, { name: 1 }),
  () => vm.createContext({}, { microtaskMode: 'x' }),
  () => vm.createContext({}, { codeGeneration: { strings: 1 } }),
  () => vm.runInContext('1', {}),
  () => vm.runInContext('1', 5),
  () => new vm.Script('1', { filename: 1 }),
  () => new vm.Script('1', { lineOffset: 1.5 }),
  () => new vm.Script('1', { cachedData: 'x' }),
  () => new vm.Script('1', 5),
  () => new vm.Script('1').runInThisContext({ timeout: -1 }),
  () => new vm.Script('1').runInThisContext({ timeout: 0 }),
  () => new vm.Script('1').runInThisContext({ displayErrors: 1 }),
  () => new vm.Script('1').runInThisContext({ breakOnSigint: 'yes' }),
  () => new vm.Script('1').runInContext({}),
  () => vm.compileFunction(1),
  () => vm.compileFunction('', 'a'),
  () => vm.compileFunction('', [1]),
  () => vm.compileFunction('', [], { parsingContext: {} }),
  () => vm.compileFunction('', [], { contextExtensions: [1] }),
  () => vm.compileFunction('', [], { contextExtensions: {} }),
  () => vm.runInNewContext('1', {}, { contextName: 1 }),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
