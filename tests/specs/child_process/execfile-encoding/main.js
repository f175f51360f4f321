// execFile: arguments are not parsed by a shell; encoding 'buffer' gives Buffers.
const { execFile } = require('child_process');
execFile('echo', ['$HOME', '*'], (err, stdout) => {
  console.log(err, JSON.stringify(stdout));
  execFile('printf', ['\\xff\\x01'], { encoding: 'buffer' }, (err, stdout, stderr) => {
    console.log(err, stdout, stderr);
    execFile('printf', ['abc'], { encoding: 'hex' }, (err, stdout) => console.log(err, stdout));
  });
});
