// inherits, toUSVString, stripVTControlCharacters and the legacy is* helpers.
const util = require('util');
function Animal() {}
Animal.prototype.speak = function() { return 'sound'; };
function Dog() {}
util.inherits(Dog, Animal);
console.log(new Dog().speak(), Dog.super_ === Animal);
console.log(util.toUSVString('a\ud800b'));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain'));
console.log(util.isArray([]), util.isString('s'), util.isNumber(1), util.isFunction(() => {}),
  util.isPrimitive(null), util.isObject(null), util.isError(new Error()), util.isRegExp(/x/));
try { util.inherits(Dog, null); } catch (e) { console.log(e.code, e.message); }
