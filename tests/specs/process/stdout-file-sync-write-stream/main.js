// With fd 1 on a file, process.stdout is a SyncWriteStream (type 'fs'): Buffers reach _write.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stdout-file-')), 'out.txt');
const fd = fs.openSync(file, 'w');
const script = `
const { Writable } = require('stream');
const out = process.stdout;
console.log(out.constructor.name, out._type, out instanceof Writable, out.isTTY);
console.log(out.write('x'.repeat(70000) + '\\n'), out.writableLength, out.writableNeedDrain);
out.write('héllo\\n', 'latin1', () => console.log('callback'));
`;
const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', fd, 'inherit'] });
child.on('close', (code) => {
  fs.closeSync(fd);
  const text = fs.readFileSync(file, 'latin1');
  console.log('exit', code, text.length);
  console.log(text.replace(/x{70000}/, '<70000 x>'));
  fs.rmSync(path.dirname(file), { recursive: true });
});
