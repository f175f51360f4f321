const path = require('path');
const { createRequire } = require('module');
const fromLib = createRequire(path.join(__dirname, 'lib', 'anything.js'));
console.log(fromLib('./x'));
console.log(fromLib('dep'));
const fromDir = createRequire(path.join(__dirname, 'lib') + '/');
console.log(fromDir('./x'));
const fromUrl = createRequire('file://' + path.join(__dirname, 'lib', 'y.js'));
console.log(fromUrl('./x'));
console.log(path.relative(__dirname, fromUrl.resolve('./x')));
console.log(typeof fromLib.cache, fromLib.cache === require.cache, fromLib.main === module);
for (const bad of ['relative/path.js', 42, undefined]) {
  try { createRequire(bad); } catch (e) { console.log(e.code, e.message); }
}
