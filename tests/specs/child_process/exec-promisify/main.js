// util.promisify(exec) and (execFile) resolve { stdout, stderr } and reject with the error
// carrying stdout and stderr.
const util = require('util');
const cp = require('child_process');
const exec = util.promisify(cp.exec);
const execFile = util.promisify(cp.execFile);
(async () => {
  const p = exec('echo a; echo b >&2');
  console.log(p.child.constructor.name);
  console.log(await p);
  console.log(await execFile('echo', ['x', 'y']));
  try {
    await exec('echo so-far; exit 3');
  } catch (err) {
    console.log(err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr));
  }
})();
