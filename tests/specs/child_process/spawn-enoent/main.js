// A command that does not exist: an 'error' event shaped as Node's, then 'close' with -2.
const { spawn } = require('child_process');
const child = spawn('kiln-no-such-command', ['a', 'b']);
console.log(child.pid);
child.on('error', (err) => {
  console.log(err.message, err.code, err.errno, err.syscall, err.path, err.spawnargs);
  console.log(err instanceof Error, Object.keys(err));
});
child.on('exit', () => console.log('exit (not emitted)'));
child.on('close', (code, signal) => console.log('close', code, signal));
