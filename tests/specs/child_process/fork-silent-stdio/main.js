// silent: true pipes the child's stdout/stderr to the parent; the exit code passes through.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  console.log('child says', process.argv.slice(3).join(','));
  console.error('child warns');
  process.exitCode = 5;
} else {
  const child = fork(__filename, ['child', 'a', 'b'], { silent: true });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  child.on('close', (code) => console.log('close', code, JSON.stringify(out), JSON.stringify(err)));
}
