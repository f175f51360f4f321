// cwd, env (only what is given) and argv0 reach the child.
const { spawn } = require('child_process');
const child = spawn('/bin/sh', ['-c', 'pwd; echo "$FOO|$HOME|$0"'], {
  cwd: '/tmp',
  env: { FOO: 'bar', PATH: '/usr/bin:/bin' },
  argv0: 'my-shell',
});
child.stdout.on('data', (d) => process.stdout.write(d));
child.on('close', (code) => console.log('close', code, child.spawnargs, child.spawnfile));
