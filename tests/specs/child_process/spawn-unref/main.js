// An unref'd child does not keep the parent alive.
const { spawn } = require('child_process');
const child = spawn('sleep', ['3'], { stdio: 'ignore', detached: true });
child.unref();
const start = Date.now();
process.on('exit', () => {
  console.log('exited early', Date.now() - start < 2000);
  child.kill();
});
