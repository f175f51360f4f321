// kill(): signals by name and number, return values, and killing an exited child.
const { spawn } = require('child_process');
const a = spawn('sleep', ['10']);
console.log(a.kill('SIGKILL'), a.killed);
a.on('exit', (code, signal) => {
  console.log('a', code, signal);
  console.log(a.kill(), 'after exit');
  const b = spawn('sleep', ['10']);
  console.log(b.kill(15));
  b.on('exit', (code, signal) => console.log('b', code, signal));
  try {
    b.kill('SIGBOGUS');
  } catch (err) {
    console.log(err.code, err.message);
  }
});
