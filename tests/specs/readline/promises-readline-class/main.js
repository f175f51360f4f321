// readline/promises' Readline: actions queue until commit(), rollback() drops them,
// autoCommit writes each on the next tick.
const { Readline } = require('node:readline/promises');
const { Writable } = require('node:stream');
const writes = [];
const stream = new Writable({ write(chunk, encoding, callback) { writes.push(String(chunk)); callback(); } });
(async () => {
  const rl = new Readline(stream);
  console.log(rl.cursorTo(1) === rl, rl.cursorTo(2, 3) === rl);
  rl.moveCursor(-1, 2).moveCursor(3, -4).moveCursor(0, 0).clearLine(-1).clearLine(0).clearLine(1);
  rl.clearScreenDown();
  console.log(JSON.stringify(writes));
  console.log(await rl.commit());
  console.log(JSON.stringify(writes.splice(0)));
  rl.cursorTo(5).rollback();
  await rl.commit();
  console.log(JSON.stringify(writes.splice(0)));
  const auto = new Readline(stream, { autoCommit: true });
  auto.cursorTo(0).clearScreenDown();
  console.log(JSON.stringify(writes));
  await new Promise((resolve) => process.nextTick(resolve));
  console.log(JSON.stringify(writes.splice(0)));
  const attempt = (fn) => { try { fn(); } catch (err) { console.log(err.name, err.code, err.message); } };
  attempt(() => new Readline(null));
  attempt(() => new Readline({}));
  attempt(() => new Readline(stream, { autoCommit: 'yes' }));
  attempt(() => rl.cursorTo(NaN));
  attempt(() => rl.cursorTo(1.5));
  attempt(() => rl.cursorTo(1, 'x'));
  attempt(() => rl.moveCursor('a', 1));
  attempt(() => rl.clearLine(2));
  attempt(() => rl.clearLine('a'));
  const viaStdout = new Readline(process.stdout);
  await viaStdout.cursorTo(0).commit();
  console.log('\ncommitted to stdout');
})();
