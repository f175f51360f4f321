// stdio entries as numeric fds and as streams that have an fd.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-cp-'));
const file = path.join(dir, 'out.txt');
const fd = fs.openSync(file, 'w');
const child = spawn('sh', ['-c', 'echo into-file; echo to-stdout >&2'], { stdio: ['ignore', fd, process.stdout] });
child.on('close', (code) => {
  console.log(child.stdout, child.stderr);
  fs.closeSync(fd);
  console.log('close', code, JSON.stringify(fs.readFileSync(file, 'utf8')));
  const r = spawnSync('cat', { stdio: [fs.openSync(file, 'r'), 'pipe', 'pipe'] });
  console.log(JSON.stringify(r.stdout.toString()));
  fs.rmSync(dir, { recursive: true });
});
