'use strict';
// The process methods that wrap the native binding: exit, hrtime, memoryUsage, kill, ...

const binding = internalBinding('process_methods');
const { signals } = internalBinding('constants').os;

function lazyErrors() { return require('internal/errors').codes; }

// The rule of Node's process.exitCode setter: null and undefined clear it; a string that
// is a number counts as that number; anything else must be an integer.
function validateExitCode(code) {
  if (code === null || code === undefined) return;
  let value = code;
  if (typeof code === 'string' && code !== '' && Number.isNaN((value = Number(code)))) {
    value = code;
  }
  const { validateInteger } = require('internal/validators');
  validateInteger(value, 'code');
}

function exit(code) {
  if (arguments.length !== 0) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  binding.reallyExit(process.exitCode || 0);
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

function previousValueIsValid(num) {
  return typeof num === 'number' && num <= Number.MAX_SAFE_INTEGER && num >= 0;
}

function cpuUsage(prevValue) {
  if (prevValue) {
    const { validateObject, validateNumber } = require('internal/validators');
    const { ERR_INVALID_ARG_VALUE } = lazyErrors();
    if (!previousValueIsValid(prevValue.user)) {
      validateObject(prevValue, 'prevValue');
      validateNumber(prevValue.user, 'prevValue.user');
      throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.user', prevValue.user);
    }
    if (!previousValueIsValid(prevValue.system)) {
      validateNumber(prevValue.system, 'prevValue.system');
      throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.system', prevValue.system);
    }
  }
  const [user, system] = binding.cpuUsage();
  if (prevValue) return { user: user - prevValue.user, system: system - prevValue.system };
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

function kill(pid, sig) {
  let err;
  if (pid != (pid | 0)) throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('pid', 'number', pid);
  if (sig === (sig | 0)) {
    err = binding.kill(pid, sig);
  } else {
    sig = sig || 'SIGTERM';
    if (signals[sig]) {
      err = binding.kill(pid, signals[sig]);
    } else {
      throw new (lazyErrors().ERR_UNKNOWN_SIGNAL)(sig);
    }
  }
  if (err) {
    const { ErrnoException } = require('internal/errors');
    throw new ErrnoException(err, 'kill');
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
