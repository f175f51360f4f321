// A package directory linked into node_modules (as `npm link` does) resolves to its real path,
// and the package's own dependencies are looked up from there.
const fs = require('fs');
const os = require('os');
const path = require('path');
const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-symlink-dir-')));
try {
  const real = path.join(tmp, 'packages', 'linked');
  fs.mkdirSync(path.join(real, 'node_modules', 'dep'), { recursive: true });
  fs.writeFileSync(path.join(real, 'package.json'), '{ "name": "linked", "main": "lib.js" }');
  fs.writeFileSync(path.join(real, 'lib.js'),
    "module.exports = { dep: require('dep'), dirname: __dirname, paths: module.paths.slice(0, 1) };");
  fs.writeFileSync(path.join(real, 'node_modules', 'dep', 'index.js'), "module.exports = 'dep next to the real dir';");
  fs.mkdirSync(path.join(tmp, 'app', 'node_modules'), { recursive: true });
  fs.symlinkSync(real, path.join(tmp, 'app', 'node_modules', 'linked'), 'dir');
  fs.writeFileSync(path.join(tmp, 'app', 'index.js'), "module.exports = require('linked');");
  const result = require(path.join(tmp, 'app', 'index.js'));
  console.log(result.dep);
  console.log(path.relative(tmp, result.dirname));
  console.log(result.paths.map((p) => path.relative(tmp, p)));
  const again = require(path.join(tmp, 'app', 'node_modules', 'linked'));
  console.log(again === result);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
