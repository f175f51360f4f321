// exec with a timeout: the child is killed, the error says killed and the signal.
const { exec } = require('child_process');
const start = Date.now();
exec('sleep 10', { timeout: 100 }, (err, stdout) => {
  console.log(err.killed, err.signal, err.code, JSON.stringify(err.message), err.cmd);
  console.log(Date.now() - start < 5000);
});
