'use strict';
// The properties and methods of the process object.

const perThread = require('internal/process/per_thread');
const { nextTick } = require('internal/process/task_queues');
const warning = require('internal/process/warning');

const kNodeVersion = 'v22.12.0';

function defineValue(name, value, enumerable = true) {
  Object.defineProperty(process, name, { value, writable: true, configurable: true, enumerable });
}

function defineReadOnly(name, value, configurable = true) {
  Object.defineProperty(process, name, { value, writable: false, configurable, enumerable: true });
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

let cachedCwd = '';

// What does not depend on this run: safe to keep in a startup snapshot.
function setupStatic(binding) {
  // Object.prototype.toString.call(process) is '[object process]'.
  Object.defineProperty(process, Symbol.toStringTag, {
    __proto__: null, enumerable: false, writable: true, configurable: false, value: 'process',
  });
  defineValue('version', kNodeVersion);
  // As in Node: read-only properties of an object that is not frozen.
  const versions = {};
  for (const key of Object.keys(binding.versions)) {
    Object.defineProperty(versions, key, {
      __proto__: null, value: binding.versions[key], writable: false, enumerable: true,
      configurable: true,
    });
  }
  defineReadOnly('versions', versions);
  defineValue('platform', 'linux');
  defineReadOnly('release', { name: 'node', lts: 'Jod' });
  defineValue('env', binding.env);
  defineValue('title', 'kiln');
  defineReadOnly('features', Object.freeze({
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
    tls_ocsp: true, tls: true, cached_builtins: true, typescript: 'strip',
  }), false);
  defineReadOnly('config', Object.freeze({ target_defaults: Object.freeze({}), variables: Object.freeze({}) }));
  defineReadOnly('moduleLoadList', []);
  defineValue('_exiting', false);
  defineValue('debugPort', 9229);

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

  const methods = {
    // Cached as Node does (path.resolve calls it constantly); only chdir() changes it.
    cwd: function cwd() {
      if (cachedCwd === '') cachedCwd = binding.cwd();
      return cachedCwd;
    },
    chdir(directory) {
      const { validateString } = require('internal/validators');
      validateString(directory, 'directory');
      cachedCwd = '';
      binding.chdir(directory);
    },
    umask(mask) {
      if (mask === undefined) return binding.umask();
      // Node's parseFileMode: a 32-bit unsigned integer or an octal string.
      if (typeof mask === 'string') {
        if (!/^[0-7]+$/.test(mask)) {
          const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
          throw new ERR_INVALID_ARG_VALUE('mask', mask,
                                          'must be a 32-bit unsigned integer or an octal string');
        }
        mask = Number.parseInt(mask, 8);
      }
      require('internal/validators').validateUint32(mask, 'mask');
      return binding.umask(mask);
    },
    exit: perThread.exit,
    reallyExit: binding.reallyExit,
    abort: perThread.abort,
    kill: perThread.kill,
    _kill: binding.kill,
    dlopen(module, filename) {
      const error = new Error(`Cannot load native addon '${filename}': Kiln does not support ` +
                              'Node-API addons yet');
      error.code = 'ERR_DLOPEN_FAILED';
      throw error;
    },
    getBuiltinModule(id) {
      const { validateString } = require('internal/validators');
      validateString(id, 'id');
      const builtins = require('internal/modules/builtins');
      const normalized = builtins.normalizeRequirableId(id);
      return normalized === undefined ? undefined : require(normalized);
    },
    openStdin() {
      process.stdin.resume();
      return process.stdin;
    },
    constrainedMemory() { return 0; },
    availableMemory() { return internalBinding('os').getFreeMem(); },
    _getActiveRequests() { return []; },
    _getActiveHandles() { return []; },
    _rawDebug(...args) {
      const { format } = require('internal/util/inspect');
      require('fs').writeSync(2, `${format(...args)}\n`);
    },
    hrtime: perThread.hrtime,
    memoryUsage: perThread.memoryUsage,
    cpuUsage: perThread.cpuUsage,
    resourceUsage: perThread.resourceUsage,
    uptime: perThread.uptime,
    nextTick,
    emitWarning: warning.emitWarning,
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
    setSourceMapsEnabled(value) {
      if (typeof value !== 'boolean') {
        const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_TYPE('val', 'boolean', value);
      }
      require('internal/source_map/source_map_cache').setSourceMapsEnabled(value);
    },
    loadEnvFile(path = undefined) {
      require('internal/dotenv').loadEnvFile(path);
    },
  };
  for (const name of Object.keys(methods)) defineValue(name, methods[name]);

  // Node's rarely used and internal members, present so that code probing for them works.
  const noop = () => {};
  const rarelyUsed = {
    _tickCallback() { require('internal/process/task_queues').runNextTicks(); },
    _fatalException(error, fromPromise) {
      return require('internal/process/execution').onGlobalUncaughtException(error, fromPromise);
    },
    _linkedBinding(name) {
      const error = new Error(`No such binding: ${name}`);
      error.code = 'ERR_INVALID_MODULE';
      throw error;
    },
    _debugProcess: noop,
    _debugEnd: noop,
    _startProfilerIdleNotifier: noop,
    _stopProfilerIdleNotifier: noop,
    assert(value, message) {
      if (!assertWarned) {
        assertWarned = true;
        process.emitWarning('process.assert() is deprecated. Please use the `assert` module ' +
                            'instead.', 'DeprecationWarning', 'DEP0100');
      }
      if (!value) {
        const error = new Error(message || 'assertion error');
        error.code = 'ERR_ASSERTION';
        throw error;
      }
    },
  };
  let assertWarned = false;
  for (const name of Object.keys(rarelyUsed)) defineValue(name, rarelyUsed[name]);
  defineValue('_preload_modules', []);
  defineValue('domain', null);
  Object.defineProperty(process, 'sourceMapsEnabled', {
    __proto__: null, enumerable: true, configurable: true,
    get() { return require('internal/source_map/source_map_cache').sourceMapsEnabled(); },
  });

  defineLazy('stdout', () => require('internal/process/stdio').getStdout());
  defineLazy('stderr', () => require('internal/process/stdio').getStderr());
  defineLazy('stdin', () => require('internal/process/stdio').getStdin());
  defineLazy('allowedNodeEnvironmentFlags', () => new Set());

  require('internal/process/signals').setup();
  process.on('warning', warning.onWarning);
}

// What this run was started with.
function setupRun(binding) {
  cachedCwd = '';  // never the directory the snapshot was made in
  const path = require('path');
  const options = binding.getRunOptions();
  defineValue('arch', archName(internalBinding('os').getOSInformation()[3]));
  defineValue('execPath', options.execPath);
  defineValue('argv0', options.argv0);
  defineValue('execArgv', options.execArgv);
  Object.defineProperty(process, 'pid', { enumerable: true, configurable: true, value: binding.pid() });
  defineValue('ppid', binding.ppid());
  const argv = [options.execPath];
  if (options.mode === 'file') argv.push(path.resolve(options.entry));
  argv.push(...options.scriptArgs);
  defineValue('argv', argv);
  applyNodeOptions(options.nodeOptions);
  return options;
}

// The Node options whose effect is a property of the process or of Error.
function applyNodeOptions(flatOptions) {
  const nodeOptions = require('internal/options');
  nodeOptions.initialize(flatOptions);
  const { getOptionValue } = nodeOptions;
  if (!getOptionValue('--deprecation')) process.noDeprecation = true;
  if (getOptionValue('--throw-deprecation')) process.throwDeprecation = true;
  if (getOptionValue('--trace-deprecation')) process.traceDeprecation = true;
  if (getOptionValue('--trace-warnings')) process.traceProcessWarnings = true;
  if (!getOptionValue('--warnings') || process.env.NODE_NO_WARNINGS === '1') {
    process.off('warning', warning.onWarning);
  }
  if (getOptionValue('--enable-source-maps')) {
    require('internal/source_map/source_map_cache').setSourceMapsEnabled(true);
  }
  const title = getOptionValue('--title');
  if (title !== '') process.title = title;
  const stackTraceLimit = getOptionValue('--stack-trace-limit');
  if (stackTraceLimit !== '') Error.stackTraceLimit = Number(stackTraceLimit);
}

module.exports = { setupStatic, setupRun };
