// rename moves files; copyFile with COPYFILE_EXCL refuses to overwrite.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('a'), 'content');
fs.renameSync(p('a'), p('b'));
console.log(fs.existsSync(p('a')), fs.readFileSync(p('b'), 'utf8'));
try { fs.renameSync(p('none'), p('c')); } catch (e) { show(e); console.log(clean(e.dest)); }
fs.copyFileSync(p('b'), p('c'));
console.log(fs.readFileSync(p('c'), 'utf8'));
try { fs.copyFileSync(p('b'), p('c'), fs.constants.COPYFILE_EXCL); } catch (e) { show(e); }
try { fs.copyFileSync(p('b'), p('d'), 8); } catch (e) { console.log(e.name, e.code, e.message); }
fs.copyFile(p('b'), p('e'), (err) => {
  console.log('cb', err, fs.readFileSync(p('e'), 'utf8'));
  fs.rename(p('e'), p('f'), (err2) => {
    console.log('rename cb', err2);
    fs.promises.copyFile(p('none'), p('g')).catch(show);
  });
});
