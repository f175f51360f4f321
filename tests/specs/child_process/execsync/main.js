// execSync and execFileSync: the output, and the error thrown for a failure.
const { execSync, execFileSync } = require('child_process');
console.log(JSON.stringify(execSync('echo "a b"').toString()));
console.log(JSON.stringify(execSync('cat', { input: 'piped', encoding: 'utf8' })));
console.log(execFileSync('echo', ['x', 'y'], { encoding: 'utf8' }));
try {
  execSync('echo out; echo bad >&2; exit 2', { stdio: 'pipe' });
} catch (err) {
  console.log(JSON.stringify(err.message), err.status, err.signal, typeof err.pid);
  console.log(err.stdout.toString(), err.stderr.toString(), err.output.length, Object.keys(err));
}
try {
  execFileSync('sh', ['-c', 'exit 9'], { stdio: 'pipe' });
} catch (err) {
  console.log(JSON.stringify(err.message), err.status);
}
try {
  execFileSync('kiln-no-such-command', ['z']);
} catch (err) {
  console.log(err.message, err.code, err.status, err.path, err.spawnargs, err.stdout);
}
try {
  execSync('sleep 10', { timeout: 100 });
} catch (err) {
  console.log(err.message, err.code, err.signal, err.status);
}
