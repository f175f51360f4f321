// One child's stdout piped into another's stdin with stream.pipe().
const { spawn } = require('child_process');
const a = spawn('printf', ['b\\na\\nc\\n']);
const b = spawn('sort');
a.stdout.pipe(b.stdin);
b.stdout.on('data', (d) => process.stdout.write(d));
b.on('close', (code) => console.log('sorted', code));
