const Module = require('module');
console.log(Module.wrapper);
console.log(JSON.stringify(Module.wrap('return 1;')));
const vm = { run: (code) => eval(code) };
const fn = vm.run(Module.wrap('exports.x = __filename + ":" + typeof require;'));
const exportsObject = {};
fn(exportsObject, require, {}, 'fake.js', '.');
console.log(exportsObject);
