// send() after disconnect: ERR_IPC_CHANNEL_CLOSED to the callback (or an 'error' event);
// a second disconnect() emits ERR_IPC_DISCONNECTED.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', () => {});
  process.on('disconnect', () => process.removeAllListeners('message'));
} else {
  const child = fork(__filename, ['child']);
  child.disconnect();
  console.log(child.connected);
  console.log(child.send('x', (err) => console.log('callback', err.code, err.message)));
  child.once('error', (err) => {
    console.log('error', err.code, err.message);
    child.once('error', (err) => console.log('error', err.code, err.message));
    child.disconnect();
  });
  child.send('y');
  child.on('exit', (code) => console.log('exit', code));
}
