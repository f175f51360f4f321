'use strict';
// node:os, shaped as Node's lib/os.js: the same function names, values usable as primitives
// (`${os.arch}`), argument checks, and ERR_SYSTEM_ERROR for failures of the system calls.
// Nothing is read from the system when the module loads (it may live in a startup snapshot).

const binding = internalBinding('os');
const constants = internalBinding('constants').os;

function lazyErrors() { return require('internal/errors').codes; }

// A libuv failure thrown by the binding ("ESRCH: no such process, uv_os_setpriority") as the
// SystemError Node throws for it.
function systemError(error) {
  if (error === null || typeof error !== 'object' || typeof error.syscall !== 'string' ||
      typeof error.code !== 'string') {
    return error;
  }
  const match = /^[A-Z0-9_]+: (.*), [a-z_]+/.exec(error.message);
  const { ERR_SYSTEM_ERROR } = lazyErrors();
  return new ERR_SYSTEM_ERROR({
    errno: error.errno,
    code: error.code,
    message: match ? match[1] : error.message,
    syscall: error.syscall,
  });
}

function getCheckedFunction(fn, name) {
  const checked = {
    [name]() {
      try {
        return fn();
      } catch (error) {
        throw systemError(error);
      }
    },
  }[name];
  return checked;
}

let osInformation;
function getOSInformation() {
  if (osInformation === undefined) osInformation = binding.getOSInformation();
  return osInformation;
}

const getHomeDirectory = getCheckedFunction(() => binding.getHomeDirectory(), 'getHomeDirectory');
const getHostname = getCheckedFunction(() => binding.getHostname(), 'getHostname');
const getUptime = getCheckedFunction(() => binding.getUptime(), 'getUptime');
function getAvailableParallelism() { return binding.getAvailableParallelism(); }
function getFreeMem() { return binding.getFreeMem(); }
function getTotalMem() { return binding.getTotalMem(); }
function getOSRelease() { return getOSInformation()[2]; }
function getOSType() { return getOSInformation()[0]; }
function getOSVersion() { return getOSInformation()[1]; }
function getMachine() { return getOSInformation()[3]; }

for (const fn of [getAvailableParallelism, getFreeMem, getHostname, getOSVersion, getOSType,
  getOSRelease, getMachine, getHomeDirectory, getTotalMem, getUptime]) {
  fn[Symbol.toPrimitive] = () => fn();
}

function loadavg() {
  const values = binding.getLoadAvg();
  return [values[0], values[1], values[2]];
}

function cpus() {
  let data;
  try {
    data = binding.getCPUs() || [];
  } catch {
    data = [];
  }
  const result = [];
  let i = 0;
  while (i < data.length) {
    result.push({
      model: data[i++],
      speed: data[i++],
      times: {
        user: data[i++],
        nice: data[i++],
        sys: data[i++],
        idle: data[i++],
        irq: data[i++],
      },
    });
  }
  return result;
}

function arch() { return process.arch; }
arch[Symbol.toPrimitive] = () => process.arch;

function platform() { return process.platform; }
platform[Symbol.toPrimitive] = () => process.platform;

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}
tmpdir[Symbol.toPrimitive] = () => tmpdir();

function endianness() { return 'LE'; }
endianness[Symbol.toPrimitive] = () => 'LE';

// The CIDR notation of an address and its netmask, or null when the netmask is not one.
function getCIDR(address, netmask, family) {
  let ones = 0;
  let split = '.';
  let range = 10;
  let groupLength = 8;
  let hasZeros = false;
  let lastPos = 0;
  if (family === 'IPv6') {
    split = ':';
    range = 16;
    groupLength = 16;
  }
  for (let i = 0; i < netmask.length; i++) {
    if (netmask[i] !== split) {
      if (i + 1 < netmask.length) continue;
      i++;
    }
    const part = netmask.slice(lastPos, i);
    lastPos = i + 1;
    if (part !== '') {
      if (hasZeros) {
        if (part !== '0') return null;
      } else {
        const binary = Number.parseInt(part, range);
        const binaryOnes = countBinaryOnes(binary);
        ones += binaryOnes;
        if (binaryOnes !== groupLength) {
          if (binary.toString(2).includes('01')) return null;
          hasZeros = true;
        }
      }
    }
  }
  return `${address}/${ones}`;
}

function countBinaryOnes(n) {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return ((n + (n >>> 4) & 0xF0F0F0F) * 0x1010101) >>> 24;
}

function networkInterfaces() {
  let data;
  try {
    data = binding.getInterfaceAddresses();
  } catch (error) {
    throw systemError(error);
  }
  const result = {};
  if (data === undefined) return result;
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: getCIDR(data[i + 1], data[i + 2], data[i + 3]),
    };
    const scopeid = data[i + 6];
    if (scopeid !== -1) entry.scopeid = scopeid;
    const existing = result[name];
    if (existing !== undefined) existing.push(entry);
    else result[name] = [entry];
  }
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  const { validateInt32 } = require('internal/validators');
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  try {
    binding.setPriority(pid, priority);
  } catch (error) {
    throw systemError(error);
  }
}

function getPriority(pid) {
  if (pid === undefined) {
    pid = 0;
  } else {
    const { validateInt32 } = require('internal/validators');
    validateInt32(pid, 'pid');
  }
  try {
    return binding.getPriority(pid);
  } catch (error) {
    throw systemError(error);
  }
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  let user;
  try {
    user = binding.getUserInfo();
  } catch (error) {
    throw systemError(error);
  }
  if (options && options.encoding === 'buffer') {
    for (const key of ['username', 'homedir', 'shell']) {
      if (typeof user[key] === 'string') user[key] = Buffer.from(user[key]);
    }
  }
  return user;
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null, configurable: false, enumerable: true, value: constants,
  },
  EOL: {
    __proto__: null, configurable: true, enumerable: true, writable: false, value: '\n',
  },
  devNull: {
    __proto__: null, configurable: true, enumerable: true, writable: false, value: '/dev/null',
  },
});
