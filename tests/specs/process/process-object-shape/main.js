const EventEmitter = require('events');
console.log(process instanceof EventEmitter, typeof process.on, typeof process.emit);
console.log(Object.prototype.toString.call(process));
console.log(String(process));
for (const name of ['title', 'version', 'versions', 'arch', 'platform', 'release', 'argv', 'execArgv', 'env', 'pid', 'ppid', 'execPath', 'exitCode', 'debugPort', 'argv0', 'features']) {
  const desc = Object.getOwnPropertyDescriptor(process, name);
  console.log(name, desc ? `own enumerable=${desc.enumerable}` : 'not own', typeof process[name]);
}
for (const name of ['cwd', 'chdir', 'exit', 'kill', 'nextTick', 'hrtime', 'memoryUsage', 'cpuUsage', 'uptime', 'emitWarning', 'umask', 'getuid', 'abort', 'binding', 'dlopen', 'reallyExit']) {
  console.log(name, typeof process[name]);
}
console.log(process.mainModule === module, typeof process.config, typeof process.stdout, typeof process.stdin);
console.log(process.umask() === process.umask(), typeof process.umask());
