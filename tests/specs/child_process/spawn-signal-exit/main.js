// A child killed by a signal reports (null, 'SIGNAME'); exit codes pass through.
const { spawn } = require('child_process');
const a = spawn('sh', ['-c', 'kill -TERM $$']);
a.on('close', (code, signal) => {
  console.log('a', code, signal, a.exitCode, a.signalCode, a.killed);
  const b = spawn('sh', ['-c', 'exit 255']);
  b.on('close', (code, signal) => console.log('b', code, signal));
});
