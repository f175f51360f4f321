// link, symlink, readlink and realpath, with the errors of each.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('file'), 'x');
fs.linkSync(p('file'), p('hard'));
console.log(fs.statSync(p('file')).nlink, fs.statSync(p('file')).ino === fs.statSync(p('hard')).ino);
fs.symlinkSync('file', p('soft'));
console.log(fs.readlinkSync(p('soft')), clean(fs.realpathSync(p('soft'))));
console.log(clean(fs.realpathSync.native(p('soft'))));
try { fs.linkSync(p('file'), p('hard')); } catch (e) { show(e); }
try { fs.symlinkSync('file', p('soft')); } catch (e) { show(e); }
try { fs.readlinkSync(p('file')); } catch (e) { show(e); }
try { fs.realpathSync(p('no', 'where')); } catch (e) { show(e); }
try { fs.realpathSync.native(p('no', 'where')); } catch (e) { show(e); }
fs.realpath(p('soft'), (err, real) => {
  console.log('cb', err, clean(real));
  fs.promises.readlink(p('soft')).then((target) => console.log('promise', target));
});
