// Writing to a child that closed its stdin: EPIPE to the write callback and an 'error' event.
const { spawn } = require('child_process');
const child = spawn('sh', ['-c', 'exec 0<&-; sleep 0.5']);
setTimeout(() => {
  child.stdin.write('x'.repeat(100000), (err) => console.log('callback', err.code, err.syscall, err.message));
  child.stdin.on('error', (err) => console.log('error', err.code, err.errno));
}, 200);
child.on('close', (code) => console.log('close', code));
