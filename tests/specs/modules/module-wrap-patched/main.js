const Module = require('module');
const original = Module.wrap;
Module.wrap = function(script) {
  return original('console.log("patched wrapper runs first");' + script);
};
require('./child');
