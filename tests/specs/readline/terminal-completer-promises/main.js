// readline/promises: the completer may return a promise; a rejected one prints the error.
const readline = require('node:readline/promises');
const { terminal } = require('../harness.js');
(async () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
  const asyncTerm = terminal({
    async completer(line) {
      await tick();
      return [['apple', 'apricot', 'banana'].filter((w) => w.startsWith(line)), line];
    },
  }, readline);
  asyncTerm.type('a\t', 'a + tab');
  await tick(); await tick();
  asyncTerm.type('', 'later');
  asyncTerm.type('\t', 'tab');
  await tick(); await tick();
  asyncTerm.type('', 'later');
  asyncTerm.type('\t', 'tab');
  await tick(); await tick();
  asyncTerm.type('', 'later');
  asyncTerm.rl.close();
  const sync = terminal({ completer: (line) => [['done'], line] }, readline);
  sync.type('d\t', 'd + tab');
  await tick();
  sync.type('', 'later');
  sync.rl.close();
})();
