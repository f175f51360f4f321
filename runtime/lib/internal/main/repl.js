'use strict';
// Entry: `kiln` with no script on a terminal, or `kiln -i`: the REPL on the global context,
// after the preloads (-r, --import), as Node's CLI REPL.

require('internal/modules/run_preloads').runPreloads(() => {
  process.stdout.write(`Welcome to Kiln v${process.versions.kiln}.\n` +
                       'Type ".help" for more information.\n');
  const repl = require('repl').start({ prompt: '> ', useGlobal: true });
  repl.on('exit', () => process.exit());
});
