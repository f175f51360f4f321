// rm removes files and trees; force ignores missing paths; directories need recursive.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(p('tree', 'a', 'b'), { recursive: true });
fs.writeFileSync(p('tree', 'a', 'b', 'f'), '');
fs.writeFileSync(p('single'), '');
try { fs.rmSync(p('tree')); } catch (e) { show(e); console.log(e.errno, e.syscall, clean(e.path)); }
fs.rmSync(p('tree'), { recursive: true });
console.log(fs.existsSync(p('tree')));
fs.rmSync(p('single'));
console.log(fs.existsSync(p('single')));
try { fs.rmSync(p('gone')); } catch (e) { show(e); }
console.log(fs.rmSync(p('gone'), { force: true }));
try { fs.rmSync(p('gone'), { force: 'yes' }); } catch (e) { show(e); }
try { fs.rmSync(p('gone'), { maxRetries: -1 }); } catch (e) { show(e); }
fs.mkdirSync(p('async', 'deep'), { recursive: true });
fs.rm(p('async'), { recursive: true }, (err) => {
  console.log('cb', err, fs.existsSync(p('async')));
  fs.promises.rm(p('nothing'), { force: true }).then((v) => console.log('promise', v));
});
