// stdin is a regular file and the program pauses and resumes it inside each 'data' callback:
// the next read must start once, not twice.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const fd = fs.openSync(path.join(__dirname, 'input.txt'), 'r');
const result = spawnSync(process.execPath, [path.join(__dirname, 'child.js')],
                         { stdio: [fd, 'pipe', 'pipe'] });
console.log(result.status, result.signal);
process.stdout.write(result.stdout);
process.stdout.write(result.stderr);
