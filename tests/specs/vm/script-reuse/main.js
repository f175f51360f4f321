// One compiled Script runs in many contexts.
const vm = require('vm');
const script = new vm.Script('count += 1; name', { filename: 'reuse.js' });
const sandboxes = [{ count: 0, name: 'a' }, { count: 5, name: 'b' }];
for (const sandbox of sandboxes) console.log(script.runInNewContext(sandbox), sandbox.count);
const ctx = vm.createContext({ count: 10, name: 'c' });
script.runInContext(ctx);
console.log(script.runInContext(ctx), ctx.count);
console.log(script, vm.createScript('40 + 2').runInThisContext());
console.log(new vm.Script(5).runInThisContext());
