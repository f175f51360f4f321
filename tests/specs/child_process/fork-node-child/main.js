// fork with execPath 'node': the IPC protocol is Node's own, so a Node child talks to a Kiln
// parent in both serializations (in Node's run of this case, both sides are Node).
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    process.send({ echo: m, child: process.release.name });
    process.disconnect();
  });
} else {
  const run = (serialization, next) => {
    const child = fork(__filename, ['child'], { execPath: 'node', execArgv: [], serialization });
    child.on('message', (m) => console.log(serialization, m));
    child.on('close', (code) => {
      console.log(serialization, 'close', code);
      next();
    });
    const message = { text: 'hi', list: [1, 2] };
    if (serialization === 'advanced') Object.assign(message, { buf: Buffer.from('ab'), map: new Map([[1, 2n]]) });
    child.send(message);
  };
  run('json', () => run('advanced', () => {}));
}
