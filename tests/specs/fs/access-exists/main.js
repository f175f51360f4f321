// access checks modes; existsSync never throws; exists calls back with a boolean.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('f'), '');
fs.chmodSync(p('f'), 0o444);
fs.accessSync(p('f'));
fs.accessSync(p('f'), fs.constants.R_OK);
try { fs.accessSync(p('missing'), fs.constants.F_OK); } catch (e) { show(e); }
try { fs.accessSync(p('f'), 99); } catch (e) { console.log(e.name, e.code, e.message); }
try { fs.accessSync(p('f'), 'r'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(fs.existsSync(p('f')), fs.existsSync(p('missing')), fs.existsSync(), fs.existsSync({}), fs.existsSync('a\0'));
fs.exists(p('f'), (yes) => {
  console.log('exists', yes);
  fs.access(p('missing'), (err) => show(err));
  fs.promises.access(p('f'), fs.constants.F_OK).then((v) => console.log('promise', v));
});
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
