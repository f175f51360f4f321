'use strict';
// The process methods that wrap the native binding: exit, hrtime, memoryUsage, kill, ...

const binding = internalBinding('process_methods');
const { signals } = internalBinding('constants').os;

function lazyErrors() { return require('internal/errors').codes; }

function validateExitCode(code) {
  if (code === undefined || code === null) return;
  if (typeof code === 'string' && code.trim() !== '' && Number.isInteger(Number(code))) return;
  if (!Number.isInteger(code)) {
    const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = lazyErrors();
    if (typeof code === 'number') throw new ERR_OUT_OF_RANGE('code', 'an integer', code);
    throw new ERR_INVALID_ARG_TYPE('code', 'number', code);
  }
}

function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode === undefined ? 0 : process.exitCode | 0);
  }
  binding.reallyExit(process.exitCode === undefined ? 0 : process.exitCode | 0);
}

function hrtime(previous) {
  const [seconds, nanoseconds] = binding.hrtime();
  if (previous !== undefined) {
    if (!Array.isArray(previous)) {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('time', 'Array', previous);
    }
    if (previous.length !== 2) {
      throw new (lazyErrors().ERR_OUT_OF_RANGE)('time', 2, previous.length);
    }
    let sec = seconds - previous[0];
    let nsec = nanoseconds - previous[1];
    if (nsec < 0) {
      sec -= 1;
      nsec += 1e9;
    }
    return [sec, nsec];
  }
  return [seconds, nanoseconds];
}
hrtime.bigint = function bigint() { return binding.hrtimeBigInt(); };

function memoryUsage() { return binding.memoryUsage(); }
memoryUsage.rss = function rss() { return binding.rss(); };

function cpuUsage(previous) {
  const [user, system] = binding.cpuUsage();
  if (previous !== undefined) return { user: user - previous.user, system: system - previous.system };
  return { user, system };
}

function resourceUsage() {
  const f = binding.resourceUsage();
  return {
    userCPUTime: f[0], systemCPUTime: f[1], maxRSS: f[2], sharedMemorySize: f[3],
    unsharedDataSize: f[4], unsharedStackSize: f[5], minorPageFault: f[6],
    majorPageFault: f[7], swappedOut: f[8], fsRead: f[9], fsWrite: f[10],
    ipcSent: f[11], ipcReceived: f[12], signalsCount: f[13],
    voluntaryContextSwitches: f[14], involuntaryContextSwitches: f[15],
  };
}

function kill(pid, signal) {
  if (pid != (pid | 0)) throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('pid', 'number', pid);
  let number;
  if (signal === undefined) {
    number = signals.SIGTERM;
  } else if (typeof signal === 'number') {
    number = signal;
  } else if (typeof signal === 'string' && signals[signal] !== undefined) {
    number = signals[signal];
  } else {
    const error = new TypeError(`Unknown signal: ${signal}`);
    error.code = 'ERR_UNKNOWN_SIGNAL';
    throw error;
  }
  const err = binding.kill(pid, number);
  if (err) {
    const { UVException } = require('internal/errors');
    throw new UVException({ errno: err, syscall: 'kill' });
  }
  return true;
}

function abort() {
  binding.kill(binding.pid(), signals.SIGABRT);
}

function uptime() { return binding.uptime(); }

module.exports = {
  validateExitCode, exit, hrtime, memoryUsage, cpuUsage, resourceUsage, kill, abort, uptime,
};
