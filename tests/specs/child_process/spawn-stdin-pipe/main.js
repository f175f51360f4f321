// Writing to the child's stdin, ending it, and reading what the child echoes back.
const { spawn } = require('child_process');
const child = spawn('cat');
const chunks = [];
child.stdout.on('data', (d) => chunks.push(d));
child.stdout.on('end', () => console.log('stdout end'));
child.stdin.on('finish', () => console.log('stdin finish'));
child.stdin.write('hello ');
child.stdin.write(Buffer.from('world'));
child.stdin.write('\n', () => console.log('write callback'));
child.stdin.end('big:' + 'x'.repeat(200000).length + '\n');
child.on('close', (code) => {
  const text = Buffer.concat(chunks).toString();
  console.log('close', code, JSON.stringify(text));
});
