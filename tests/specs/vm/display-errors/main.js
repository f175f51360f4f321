// displayErrors (default true) puts the source position in front of the error's stack.
const vm = require('vm');
try {
  vm.runInThisContext('\n  throw new Error("x")', { filename: 'a.js' });
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 6).join('\n'));
}
try {
  vm.runInThisContext('throw new Error("y")', { filename: 'b.js', displayErrors: false });
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 2).join('\n'));
}
try {
  vm.runInThisContext('throw { a: 1 }');
} catch (e) {
  console.log(e);
}
try {
  vm.runInNewContext('x', {}, { filename: 'n.js', lineOffset: 3, columnOffset: 4 });
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 6).join('\n'));
}
