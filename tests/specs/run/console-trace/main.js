// console.trace prints "Trace: <message>" and the stack to stderr.
const { Console } = require('console');
const chunks = [];
const c = new Console({
  write(s) { chunks.push(s); return true; },
  listenerCount() { return 0; }, once() {}, removeListener() {},
});
function where() { c.trace('at %s', 'here', { n: 1 }); }
where();
const lines = chunks.join('').split('\n');
console.log(lines[0]);
console.log(/^    at where /.test(lines[1]));
