// colorMode: true colors inspected values, never plain strings.
const { Console } = require('console');
let out = '';
const stdout = {
  write(s) { out += s; return true; },
  listenerCount() { return 0; }, once() {}, removeListener() {},
};
const c = new Console({ stdout, colorMode: true });
c.log('plain', 1, { s: 'str' }, [null]);
console.log(JSON.stringify(out));
