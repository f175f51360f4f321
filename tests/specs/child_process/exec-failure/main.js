// A failing command: "Command failed" with code, killed, signal and cmd.
const { exec, execFile } = require('child_process');
exec('echo partial; echo oops >&2; exit 7', (err, stdout, stderr) => {
  console.log(JSON.stringify(err.message), err.code, err.killed, err.signal, err.cmd);
  console.log(JSON.stringify(stdout), JSON.stringify(stderr), Object.keys(err));
  execFile('sh', ['-c', 'kill -KILL $$'], (err) => {
    console.log(JSON.stringify(err.message), err.code, err.killed, err.signal, err.cmd);
    execFile('kiln-no-such-command', ['x'], (err, stdout, stderr) => {
      console.log(err.message, err.code, err.errno, err.syscall, err.path, err.spawnargs, err.cmd);
      console.log(JSON.stringify(stdout), JSON.stringify(stderr));
    });
  });
});
