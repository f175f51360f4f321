// An AbortSignal kills the child and emits an AbortError.
const { spawn } = require('child_process');
const controller = new AbortController();
const child = spawn('sleep', ['10'], { signal: controller.signal });
child.on('error', (err) => console.log('error', err.name, err.code, err.message, err.cause.name));
child.on('exit', (code, signal) => {
  console.log('exit', code, signal);
  const pre = AbortSignal.abort('why');
  const b = spawn('sleep', ['10'], { signal: pre });
  b.on('error', (err) => console.log('b error', err.name, err.cause));
  b.on('exit', (code, signal) => console.log('b exit', code, signal));
});
setTimeout(() => controller.abort(), 50);
