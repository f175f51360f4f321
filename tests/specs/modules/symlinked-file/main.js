// A module reached through a symlink is cached under its real path, and its own relative
// requires resolve from the real location.
const fs = require('fs');
const os = require('os');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-symlink-file-'));
try {
  fs.mkdirSync(path.join(tmp, 'real'));
  fs.writeFileSync(path.join(tmp, 'real', 'target.js'),
    "exports.sibling = require('./sibling'); exports.filename = __filename;");
  fs.writeFileSync(path.join(tmp, 'real', 'sibling.js'), "module.exports = 'sibling of the real file';");
  fs.symlinkSync(path.join(tmp, 'real', 'target.js'), path.join(tmp, 'link.js'));
  const viaLink = require(path.join(tmp, 'link.js'));
  const viaReal = require(path.join(tmp, 'real', 'target.js'));
  console.log(viaLink === viaReal);
  console.log(viaLink.sibling);
  console.log(path.relative(tmp, viaLink.filename));
  console.log(path.relative(tmp, require.resolve(path.join(tmp, 'link'))));
  console.log(Object.keys(require.cache).filter((f) => f.startsWith(tmp)).length);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
