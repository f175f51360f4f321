// A file without the execute bit: EACCES as an 'error' event.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const os = require('os');
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-cp-')), 'script.sh');
fs.writeFileSync(file, '#!/bin/sh\necho hi\n', { mode: 0o644 });
const child = spawn(file);
child.on('error', (err) => {
  console.log(err.message === `spawn ${file} EACCES`, err.code, err.errno, err.syscall === `spawn ${file}`);
  fs.rmSync(path.dirname(file), { recursive: true });
});
child.on('close', (code) => console.log('close', code));
