console.log(process.platform, typeof process.arch, ['x64', 'arm64', 'ia32', 'arm'].includes(process.arch));
console.log(/^v\d+\.\d+\.\d+$/.test(process.version));
console.log(process.version === `v${process.versions.node}`);
console.log(process.release.name);
console.log(process.arch === require('os').arch(), process.platform === require('os').platform());
console.log(typeof process.pid, process.pid > 0, typeof process.ppid, process.ppid > 0);
console.log(typeof process.title, typeof process.execPath);
