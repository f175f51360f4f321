// Tab completion: a sync completer, a callback completer, a common prefix, the candidate list
// on the second tab (in columns of the output's width), and a completer that throws.
const { terminal } = require('../harness.js');
const words = ['help', 'hello', 'helium', 'exit', 'export', 'echo'];
function complete(line) {
  const hits = words.filter((word) => word.startsWith(line));
  return [hits.length ? hits : words, line];
}
const sync = terminal({ completer: complete, columns: 30 });
sync.rl.prompt();
sync.type('he');
sync.type('\t', 'tab');
sync.type('\t', 'tab');
sync.type('\t', 'tab');
sync.type('l');
sync.type('i\t', 'i + tab');
sync.type('\r', 'return');
sync.type('\t', 'tab');
sync.type('\t', 'tab');
sync.type('zz\t', 'zz + tab');
sync.rl.close();

const callback = terminal({
  completer(line, cb) { cb(null, [['export', 'exit', '', 'echo'], line]); },
});
callback.type('e');
callback.type('\t', 'tab');
callback.type('\t', 'tab');
callback.type('x\t', 'x + tab');
callback.rl.close();

const failure = new Error('no way');
failure.stack = 'Error: no way (stack elided)';
const failing = terminal({ completer(line, cb) { cb(failure); } });
failing.type('q\t', 'q + tab');
failing.rl.close();
const replacing = terminal({ completer: (line) => [['bar'], 'foo'] });
replacing.type('foo\t', 'foo + tab');
replacing.rl.close();
