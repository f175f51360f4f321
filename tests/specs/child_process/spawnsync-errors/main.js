// spawnSync failures: ENOENT, ETIMEDOUT after the timeout, ENOBUFS past maxBuffer.
const { spawnSync } = require('child_process');
function show(r) {
  const { error } = r;
  console.log(error && [error.message, error.code, error.errno, error.syscall, error.path, error.spawnargs]);
  console.log(r.status, r.signal, r.output === null ? null : r.output.map((b) => b && b.length), r.pid === 0);
}
show(spawnSync('kiln-no-such-command', ['q']));
show(spawnSync('sleep', ['10'], { timeout: 100 }));
show(spawnSync('sleep', ['10'], { timeout: 100, killSignal: 'SIGKILL' }));
const big = spawnSync('sh', ['-c', 'printf 0123456789'], { maxBuffer: 5 });
console.log(big.error.code, big.error.message, big.stdout.toString());
