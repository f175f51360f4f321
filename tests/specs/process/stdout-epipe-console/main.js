// console.log to a pipe whose reader closed: the EPIPE error reaches process.stdout's 'error'
// event, uncaught without a listener (exit code 1); with a listener, the listener sees it.
const { spawn } = require('child_process');
function run(script, done) {
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  child.stdout.once('data', () => child.stdout.destroy());
  child.on('close', (code) => done(code, stderr));
}
run('let i = 0; (function more() { for (let j = 0; j < 100; j++) console.log(i++); setImmediate(more); })();',
  (code, stderr) => {
    console.log('console.log: exit', code, stderr.includes('Error: write EPIPE'));
    run(`process.stdout.on('error', (e) => { console.error(e.code, e.syscall, e.message); process.exit(3); });
let i = 0; (function more() { for (let j = 0; j < 100; j++) console.log(i++); setImmediate(more); })();`,
    (code2, stderr2) => console.log('error listener: exit', code2, JSON.stringify(stderr2)));
  });
