'use strict';
// The properties and methods of the process object.

const perThread = require('internal/process/per_thread');
const { nextTick } = require('internal/process/task_queues');

const kNodeVersion = 'v22.12.0';

function defineValue(name, value, enumerable = true) {
  Object.defineProperty(process, name, { value, writable: true, configurable: true, enumerable });
}

function defineLazy(name, load, enumerable = true) {
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      Object.defineProperty(process, name, { value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(process, name, { value, writable: true, configurable: true, enumerable });
    },
  });
}

function archName(machine) {
  switch (machine) {
    case 'x86_64': return 'x64';
    case 'aarch64': return 'arm64';
    case 'i686': case 'i386': return 'ia32';
    case 'armv7l': return 'arm';
    default: return machine;
  }
}

// What does not depend on this run: safe to keep in a startup snapshot.
function setupStatic(binding) {
  defineValue('version', kNodeVersion);
  defineValue('versions', Object.freeze(binding.versions));
  defineValue('platform', 'linux');
  defineValue('release', Object.freeze({ name: 'node', lts: 'Jod' }));
  defineValue('env', binding.env);
  defineValue('title', 'kiln');
  defineValue('features', Object.freeze({
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
    tls_ocsp: true, tls: true, cached_builtins: true, typescript: 'strip',
  }));
  defineValue('config', Object.freeze({ target_defaults: {}, variables: {} }));
  defineValue('moduleLoadList', [], false);
  defineValue('_exiting', false, false);
  defineValue('noDeprecation', false, false);
  defineValue('throwDeprecation', false, false);
  defineValue('traceDeprecation', false, false);

  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) {
      perThread.validateExitCode(code);
      exitCode = code;
    },
  });

  Object.defineProperty(process, 'ppid', {
    enumerable: true, configurable: true, get() { return binding.ppid(); },
  });
  const methods = {
    cwd: binding.cwd,
    chdir(directory) {
      const { validateString } = require('internal/validators');
      validateString(directory, 'directory');
      binding.chdir(directory);
    },
    umask(mask) {
      if (mask === undefined) return binding.umask();
      if (typeof mask === 'string') mask = Number.parseInt(mask, 8);
      return binding.umask(mask);
    },
    exit: perThread.exit,
    reallyExit: binding.reallyExit,
    abort: perThread.abort,
    kill: perThread.kill,
    hrtime: perThread.hrtime,
    memoryUsage: perThread.memoryUsage,
    cpuUsage: perThread.cpuUsage,
    resourceUsage: perThread.resourceUsage,
    uptime: perThread.uptime,
    nextTick,
    emitWarning(...args) { return require('internal/process/warning').emitWarning(...args); },
    getuid() { return internalBinding('os').getUserInfo().uid; },
    geteuid() { return internalBinding('os').getUserInfo().uid; },
    getgid() { return internalBinding('os').getUserInfo().gid; },
    getegid() { return internalBinding('os').getUserInfo().gid; },
    getgroups() { return [internalBinding('os').getUserInfo().gid]; },
    binding(name) {
      const error = new Error(`No such module: ${name}`);
      error.code = 'ERR_INVALID_MODULE';
      throw error;
    },
    setUncaughtExceptionCaptureCallback(fn) {
      require('internal/process/execution').setUncaughtExceptionCaptureCallback(fn);
    },
    hasUncaughtExceptionCaptureCallback() {
      return require('internal/process/execution').hasUncaughtExceptionCaptureCallback();
    },
    getActiveResourcesInfo() { return []; },
    setSourceMapsEnabled() {},
    loadEnvFile() {
      const error = new Error('process.loadEnvFile() is not implemented yet');
      error.code = 'ERR_METHOD_NOT_IMPLEMENTED';
      throw error;
    },
    emit: EventEmitterEmit(),
  };
  for (const name of Object.keys(methods)) defineValue(name, methods[name]);

  defineLazy('stdout', () => require('internal/process/stdio').getStdout());
  defineLazy('stderr', () => require('internal/process/stdio').getStderr());
  defineLazy('stdin', () => require('internal/process/stdio').getStdin());
  defineLazy('allowedNodeEnvironmentFlags', () => new Set());
  defineValue('mainModule', undefined, false);

  require('internal/process/signals').setup();
}

// What this run was started with.
function setupRun(binding) {
  const path = require('path');
  const options = binding.getRunOptions();
  defineValue('arch', archName(internalBinding('os').getOSInformation()[3]));
  defineValue('execPath', options.execPath);
  defineValue('argv0', options.argv0);
  defineValue('execArgv', options.execArgv);
  Object.defineProperty(process, 'pid', { enumerable: true, configurable: true, value: binding.pid() });
  const argv = [options.execPath];
  if (options.mode === 'file') argv.push(path.resolve(options.entry));
  argv.push(...options.scriptArgs);
  defineValue('argv', argv);
  return options;
}

// process.emit is EventEmitter's; kept as an own property, as in Node.
function EventEmitterEmit() {
  return require('events').prototype.emit;
}

module.exports = { setupStatic, setupRun };
