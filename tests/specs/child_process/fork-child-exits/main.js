// The channel does not keep a forked child alive once it has no 'message' listener; the
// parent then sees 'disconnect', 'exit' and 'close'.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.send({ hello: 'from child' });
  const onMessage = () => {};
  process.on('message', onMessage);
  setTimeout(() => process.off('message', onMessage), 50);
} else {
  const child = fork(__filename, ['child']);
  child.on('message', (m) => console.log('message', m));
  child.on('disconnect', () => console.log('disconnect'));
  child.on('exit', (code, signal) => console.log('exit', code, signal));
  child.on('close', (code, signal) => console.log('close', code, signal));
}
