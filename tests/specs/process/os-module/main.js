// node:os: the shape of its exports, values usable as primitives, and its argument checks.
const os = require('os');
console.log(Object.keys(os).sort().join(' '));
console.log(JSON.stringify(os.EOL), os.devNull, os.platform(), os.type(), os.endianness(), os.machine() === process.arch.replace('x64', 'x86_64').replace('arm64', 'aarch64'));
console.log(typeof os.release(), typeof os.version(), typeof os.hostname(), os.homedir() === process.env.HOME);
console.log(os.cpus().length > 0, Object.keys(os.cpus()[0]), Object.keys(os.cpus()[0].times));
console.log(os.loadavg().length, typeof os.uptime(), os.freemem() > 0, os.totalmem() > os.freemem(), os.availableParallelism() > 0);
console.log(Object.keys(os.userInfo()), typeof os.userInfo().uid);
console.log(os.networkInterfaces().lo?.filter((e) => e.family === 'IPv4').map((e) => [e.family, e.cidr, e.internal, 'scopeid' in e]));
console.log(os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_LOW, Object.keys(os.constants).sort());
console.log(typeof os.getPriority(), os.getPriority(0) === os.getPriority());
for (const run of [() => os.setPriority(-1000), () => os.getPriority('x'), () => os.setPriority(2 ** 22 + 12345, 0)]) {
  try { run(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(`${os.arch}` === process.arch, `${os.platform}`, `${os.endianness}`, `${os.EOL}`.length, +os.totalmem > 0);
console.log(os.release.name, os.type.name, os.freemem.name, os.arch.name, os.loadavg.name);
const eol = Object.getOwnPropertyDescriptor(os, 'EOL');
const constants = Object.getOwnPropertyDescriptor(os, 'constants');
console.log(eol.writable, eol.enumerable, eol.configurable, constants.writable, constants.configurable);
process.env.TMPDIR = '/some/tmp/';
console.log(os.tmpdir());
