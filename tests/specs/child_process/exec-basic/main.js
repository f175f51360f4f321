// exec: a shell command line, its output as strings; the callback gets (null, stdout, stderr).
const { exec } = require('child_process');
const child = exec('echo "$((6 * 7))"; echo warn >&2', (err, stdout, stderr) => {
  console.log(err, JSON.stringify(stdout), JSON.stringify(stderr));
});
console.log(child.constructor.name, typeof child.pid);
