// stdio 'inherit' writes to this process's streams; 'ignore' drops the output.
const { spawn } = require('child_process');
const a = spawn('sh', ['-c', 'echo inherited'], { stdio: 'inherit' });
a.on('close', (code) => {
  console.log(a.stdin, a.stdout, a.stderr, a.stdio);
  console.log('first closed', code);
  const b = spawn('sh', ['-c', 'echo ignored; echo ignored >&2'], { stdio: 'ignore' });
  b.on('close', (code) => console.log('second closed', code));
});
