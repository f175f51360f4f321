// maxBuffer: the output is cut at the limit, the child is killed, the error is
// ERR_CHILD_PROCESS_STDIO_MAXBUFFER.
const { exec } = require('child_process');
exec('printf 0123456789abcdef', { maxBuffer: 10 }, (err, stdout, stderr) => {
  console.log(err.name, err.code, err.message, JSON.stringify(stdout), JSON.stringify(stderr));
  exec('printf 0123456789 >&2', { maxBuffer: 4, encoding: 'buffer' }, (err, stdout, stderr) => {
    console.log(err.code, err.message, stdout, stderr);
    exec('printf 0123456789', { maxBuffer: 10 }, (err, stdout) => console.log(err, stdout));
  });
});
