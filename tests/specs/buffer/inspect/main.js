// console.log and util.inspect show <Buffer ..> with at most INSPECT_MAX_BYTES bytes.
const buffer = require('buffer');
const util = require('util');
console.log(Buffer.from('hello'), Buffer.alloc(0));
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(51, 2));
console.log(Buffer.alloc(60, 3));
console.log({ nested: [Buffer.from('a')] });
const extra = Buffer.from('ab');
extra.tag = 'x';
console.log(extra, util.inspect(Buffer.from('ab'), { customInspect: false }));
buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('abc'), buffer.INSPECT_MAX_BYTES);
try {
  buffer.INSPECT_MAX_BYTES = -1;
} catch (err) {
  console.log(err.name, err.code, err.message);
}
class Sub extends Buffer {}
console.log(Object.setPrototypeOf(Buffer.from('z'), Sub.prototype));
