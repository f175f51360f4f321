const Module = require('module');
const { builtinModules, isBuiltin } = Module;
console.log(Array.isArray(builtinModules), Object.isFrozen(builtinModules));
for (const id of ['fs', 'path', 'events', 'module', 'os', 'util', 'timers', 'console', 'assert']) {
  console.log(id, builtinModules.includes(id), isBuiltin(id), isBuiltin(`node:${id}`));
}
console.log(builtinModules.some((id) => id.startsWith('internal/')));
console.log(builtinModules.includes('test'), isBuiltin('test'), isBuiltin('test/reporters'));
console.log(isBuiltin('node:nope'), isBuiltin('nope'), isBuiltin(''), isBuiltin('fs/'), isBuiltin('internal/errors'));
console.log(require('node:module') === Module, Module.Module === Module);
