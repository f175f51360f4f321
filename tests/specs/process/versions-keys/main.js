const keys = Object.keys(process.versions);
for (const key of ['node', 'v8', 'uv', 'zlib', 'modules', 'openssl']) {
  console.log(key, keys.includes(key), typeof process.versions[key]);
}
console.log(Object.values(process.versions).every((v) => typeof v === 'string'));
console.log(/^\d+\.\d+\.\d+/.test(process.versions.v8), /^\d+\.\d+\.\d+$/.test(process.versions.uv));
process.versions.node = 'changed';
console.log(process.versions.node !== 'changed');
console.log(Object.isFrozen(process.versions));
