// child_process: 100 spawnSync('true'), 50 concurrent exec('echo'), 100 MB read from a child's
// stdout, 20,000 IPC messages to a forked child and back.
'use strict';
const cp = require('child_process');

if (process.argv[2] === 'ipc-child') {
  process.on('message', (m) => {
    if (m === 'end') process.disconnect();
    else process.send(m);
  });
  return;
}

for (let i = 0; i < 100; i++) cp.spawnSync('true');

let pending = 50;
for (let i = 0; i < 50; i++) {
  cp.exec('echo ' + i, (err) => {
    if (err) throw err;
    if (--pending === 0) readBig();
  });
}

function readBig() {
  const child = cp.spawn('head', ['-c', String(100 * 1024 * 1024), '/dev/zero']);
  let total = 0;
  child.stdout.on('data', (chunk) => { total += chunk.length; });
  child.on('close', () => {
    if (total !== 100 * 1024 * 1024) throw new Error('short read ' + total);
    ipc();
  });
}

function ipc() {
  const child = cp.fork(__filename, ['ipc-child'], { execArgv: [] });
  let received = 0;
  // 'end' goes out once every echo is back: a child that disconnects with replies still
  // queued loses them in node 26.
  child.on('message', () => {
    if (++received === 20000) child.send('end');
  });
  for (let i = 0; i < 20000; i++) child.send({ i, text: 'message' });
  child.on('close', () => {
    if (received !== 20000) throw new Error('lost messages ' + received);
  });
}
