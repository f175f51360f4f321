// timeout kills the child with killSignal.
const { spawn } = require('child_process');
const a = spawn('sleep', ['10'], { timeout: 100 });
a.on('exit', (code, signal) => {
  console.log('a exit', code, signal, a.killed, a.signalCode);
  const b = spawn('sleep', ['10'], { timeout: 100, killSignal: 'SIGKILL' });
  b.on('exit', (code, signal) => console.log('b exit', code, signal, b.killed));
});
