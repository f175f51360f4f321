// spawnSync: status, signal, output, stdout/stderr Buffers, encoding, input.
const { spawnSync } = require('child_process');
const r = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 4']);
console.log(Object.keys(r), r.status, r.signal, r.output.length, r.output[0]);
console.log(r.stdout, r.stderr, typeof r.pid);
const s = spawnSync('cat', { input: 'from input', encoding: 'utf8' });
console.log(s.status, JSON.stringify(s.stdout), JSON.stringify(s.stderr), s.output);
const k = spawnSync('sh', ['-c', 'echo before; kill -KILL $$']);
console.log(k.status, k.signal, k.stdout.toString());
const i = spawnSync('sh', ['-c', 'echo to-parent'], { stdio: ['pipe', 'inherit', 'pipe'] });
console.log(i.output[1], i.stdout);
const u = spawnSync('cat', { input: new Uint8Array([104, 105]) });
console.log(u.stdout.toString());
