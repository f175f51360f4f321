// fork: messages both ways over the IPC channel (json), the child's process.send,
// process.connected and 'disconnect', and the parent's events. (Only the parent prints, so
// that the output does not depend on how the two processes interleave.)
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  const state = [process.connected, typeof process.send, typeof process.disconnect];
  process.on('message', (m) => {
    if (m === 'bye') {
      process.disconnect();
      return;
    }
    process.send({ got: m, state });
  });
  process.on('disconnect', () => {
    if (process.connected !== false) throw new Error('still connected');
  });
} else {
  const child = fork(__filename, ['child']);
  console.log('parent', child.connected, typeof child.send, typeof child.channel);
  const got = [];
  child.on('message', (m) => {
    got.push(m);
    if (got.length === 3) child.send('bye');
  });
  child.on('disconnect', () => console.log('parent disconnect', child.connected));
  child.on('exit', (code, signal) => console.log('exit', code, signal, JSON.stringify(got)));
  child.on('close', (code, signal) => console.log('close', code, signal));
  child.send({ a: [1, 'two', null] });
  child.send('text');
  console.log(child.send(3, (err) => console.log('send callback', err)));
}
