// shell: true runs the command line through /bin/sh; a string names the shell.
const { spawn } = require('child_process');
const a = spawn('echo $((1 + 2)) | tr 3 x', { shell: true });
a.stdout.on('data', (d) => process.stdout.write('a: ' + d));
a.on('close', (code) => {
  console.log(a.spawnfile, a.spawnargs);
  const b = spawn('echo', ['"$0"'], { shell: '/bin/sh' });
  b.stdout.on('data', (d) => process.stdout.write('b: ' + d));
  b.on('close', () => console.log(b.spawnfile, b.spawnargs));
});
