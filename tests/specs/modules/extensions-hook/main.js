const fs = require('fs');
require.extensions['.txt'] = function(module, filename) {
  module.exports = fs.readFileSync(filename, 'utf8').trim().toUpperCase();
};
console.log(require('./note.txt'));
console.log(require('./note'));
console.log(Object.keys(require.extensions));
const Module = require('module');
console.log(Module._extensions === require.extensions);
const originalJs = Module._extensions['.js'];
Module._extensions['.js'] = function(module, filename) {
  const content = fs.readFileSync(filename, 'utf8');
  module._compile(content.replace('ORIGINAL', 'TRANSFORMED'), filename);
};
console.log(require('./transform-me'));
Module._extensions['.js'] = originalJs;
console.log(require('./multi.dot.txt'));
