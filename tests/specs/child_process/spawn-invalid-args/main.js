// Argument validation: Node's codes and messages.
const cp = require('child_process');
function t(fn) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
t(() => cp.spawn(42));
t(() => cp.spawn(''));
t(() => cp.spawn('echo', 'notarray'));
t(() => cp.spawn('echo', [], 'opts'));
t(() => cp.spawn('echo', ['a\u0000b']));
t(() => cp.spawn('echo', [], { cwd: 42 }));
t(() => cp.spawn('echo', [], { stdio: 'bogus' }));
t(() => cp.spawn('echo', [], { stdio: [{}] }));
t(() => cp.spawn('echo', [], { shell: 42 }));
t(() => cp.spawn('echo', [], { uid: 'root' }));
t(() => cp.spawn('echo', [], { detached: 'yes' }));
t(() => cp.spawn('echo', [], { argv0: 1 }));
t(() => cp.spawn('echo', [], { killSignal: 'SIGNOPE' }));
t(() => cp.spawn('echo', [], { killSignal: {} }));
t(() => cp.spawn('echo', [], { timeout: -1 }));
t(() => cp.spawn('echo', [], { signal: 'x' }));
t(() => cp.spawn('echo', [], { serialization: 'xml' }));
t(() => cp.spawn('echo', [], { env: { A: 'b\u0000' } }));
t(() => cp.execFile('echo', [], { maxBuffer: -1 }));
t(() => cp.execFile('echo', [], {}, 'cb'));
t(() => cp.exec(42));
t(() => cp.spawnSync('echo', { input: 42 }));
t(() => cp.spawnSync('echo', { stdio: ['pipe', 'ipc'] }));
t(() => cp.spawn('echo', { stdio: ['ipc', 'ipc'] }));
t(() => cp.fork(__filename, { stdio: ['pipe', 'pipe', 'pipe'] }));
t(() => cp.fork(42));
t(() => cp.spawn('echo', { stdio: ['pipe', Buffer.from('x')] }));
