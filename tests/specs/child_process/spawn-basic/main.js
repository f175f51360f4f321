// spawn: stdout and stderr as streams, then 'exit' and 'close' with the code.
const { spawn } = require('child_process');
const child = spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
console.log(typeof child.pid, child.exitCode, child.signalCode, child.killed);
console.log(child.stdin.constructor.name, child.stdout.constructor.name, child.stdio.length);
child.on('spawn', () => console.log('spawn'));
let out = '';
let err = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.on('exit', (code, signal) => console.log('exit', code, signal, child.exitCode));
child.on('close', (code, signal) => console.log('close', code, signal, JSON.stringify(out), JSON.stringify(err)));
