// A child writing to a pipe its reader closed gets EPIPE as an 'error' event on process.stdout:
// unhandled, it is an uncaught exception (exit code 1, "Error: write EPIPE").
const { spawn } = require('child_process');
const script = `
let i = 0;
function more() {
  for (let j = 0; j < 100; j++) process.stdout.write(i++ + '\\n');
  setImmediate(more);
}
more();`;
const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
let stderr = '';
child.stderr.on('data', (d) => { stderr += d; });
child.stdout.once('data', () => child.stdout.destroy());
child.on('close', (code, signal) => {
  console.log('exit', code, signal);
  console.log(stderr.includes('Error: write EPIPE'), stderr.includes("code: 'EPIPE'"),
              stderr.includes("syscall: 'write'"), stderr.includes('errno: -32'));
});
