// mkdir recursive returns the first directory it made, undefined when none, and fails on files.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
console.log(clean(fs.mkdirSync(p('a', 'b', 'c'), { recursive: true })));
console.log(fs.mkdirSync(p('a', 'b'), { recursive: true }));
fs.writeFileSync(p('file'), '');
try { fs.mkdirSync(p('file'), { recursive: true }); } catch (e) { show(e); }
try { fs.mkdirSync(p('file', 'sub'), { recursive: true }); } catch (e) { show(e); }
try { fs.mkdirSync(p('a')); } catch (e) { show(e); }
try { fs.mkdirSync(p('q', 'r')); } catch (e) { show(e); }
try { fs.mkdirSync(p('z'), { recursive: 'yes' }); } catch (e) { show(e); }
fs.mkdir(p('m', 'n'), { recursive: true }, (err, first) => {
  console.log('cb', err, clean(first));
  fs.promises.mkdir(p('m', 'n', 'o', 'p'), { recursive: true }).then((made) => {
    console.log('promise', clean(made));
    fs.mkdirSync(p('mode'), 0o700);
    console.log((fs.statSync(p('mode')).mode & 0o777).toString(8));
  });
});
