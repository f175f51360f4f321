// Syntax errors name the script's file and line, with the source line and a caret.
const vm = require('vm');
for (const options of [{ filename: 'a.js' }, { filename: 'b.js', lineOffset: 3, columnOffset: 4 }]) {
  try {
    new vm.Script('var x = ;', options);
  } catch (e) {
    console.log(e.stack.split('\n').slice(0, 5).join('\n'));
    console.log(e instanceof SyntaxError);
  }
}
try {
  vm.runInNewContext('(', {}, 'c.js');
} catch (e) {
  console.log(e.name, e instanceof SyntaxError);
}
try {
  vm.compileFunction('return (', [], { filename: 'cf.js' });
} catch (e) {
  console.log(JSON.stringify(e.stack.split('\n').slice(0, 5)));
}
