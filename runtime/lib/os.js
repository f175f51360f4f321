'use strict';
// node:os

const binding = internalBinding('os');
const constants = internalBinding('constants').os;

function cpus() {
  const flat = binding.getCPUs();
  const result = [];
  for (let i = 0; i < flat.length; i += 7) {
    result.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return result;
}

function networkInterfaces() {
  const flat = binding.getInterfaceAddresses();
  const result = {};
  for (let i = 0; i < flat.length; i += 7) {
    const name = flat[i];
    const family = flat[i + 3];
    const address = flat[i + 1];
    const netmask = flat[i + 2];
    const entry = { address, netmask, family, mac: flat[i + 4], internal: flat[i + 5], cidr: null };
    const prefix = family === 'IPv4' ? ipv4Prefix(netmask) : ipv6Prefix(netmask);
    entry.cidr = prefix === null ? null : `${address}/${prefix}`;
    if (family === 'IPv6') entry.scopeid = flat[i + 6];
    (result[name] ??= []).push(entry);
  }
  return result;
}

function ipv4Prefix(netmask) {
  let bits = 0;
  for (const part of netmask.split('.')) {
    let value = Number(part);
    while (value & 0x80) {
      bits++;
      value = (value << 1) & 0xff;
    }
    if (value !== 0) return null;
  }
  return bits;
}

function ipv6Prefix(netmask) {
  let bits = 0;
  const groups = netmask.split(':');
  for (const group of groups) {
    if (group === '') continue;
    let value = Number.parseInt(group, 16);
    while (value & 0x8000) {
      bits++;
      value = (value << 1) & 0xffff;
    }
    if (value !== 0) return null;
  }
  return bits;
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function userInfo(options) {
  const info = binding.getUserInfo();
  if (options && options.encoding === 'buffer') {
    for (const key of ['username', 'homedir', 'shell']) {
      if (typeof info[key] === 'string') info[key] = Buffer.from(info[key]);
    }
  }
  return info;
}

function getPriority(pid = 0) { return binding.getPriority(pid); }
function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  binding.setPriority(pid, priority);
}

const [sysname, version, release, machine] = binding.getOSInformation();

module.exports = {
  arch: () => process.arch,
  availableParallelism: () => binding.getAvailableParallelism(),
  cpus,
  endianness: () => 'LE',
  freemem: () => binding.getFreeMem(),
  getPriority,
  homedir: () => binding.getHomeDirectory(),
  hostname: () => binding.getHostname(),
  loadavg: () => binding.getLoadAvg(),
  machine: () => machine,
  networkInterfaces,
  platform: () => process.platform,
  release: () => release,
  setPriority,
  tmpdir,
  totalmem: () => binding.getTotalMem(),
  type: () => sysname,
  uptime: () => binding.getUptime(),
  userInfo,
  version: () => version,
  constants,
  EOL: '\n',
  devNull: '/dev/null',
};
Object.defineProperty(module.exports, 'constants', { value: constants, enumerable: true, writable: false, configurable: false });
