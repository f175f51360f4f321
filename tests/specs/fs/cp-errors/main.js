// cp refuses directories without recursive, copying onto itself and into itself.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(p('d', 'inner'), { recursive: true });
fs.writeFileSync(p('f'), 'x');
fs.writeFileSync(p('g'), 'y');
const attempts = [
  () => fs.cpSync(p('d'), p('e')),
  () => fs.cpSync(p('f'), p('f')),
  () => fs.cpSync(p('d'), p('d', 'inner', 'x'), { recursive: true }),
  () => fs.cpSync(p('d'), p('f'), { recursive: true }),
  () => fs.cpSync(p('f'), p('d')),
  () => fs.cpSync(p('f'), p('g'), { force: false, errorOnExist: true }),
  () => fs.cpSync(p('missing'), p('h')),
  () => fs.cpSync(p('f'), p('h'), { filter: 'no' }),
  () => fs.cpSync(p('f'), p('h'), { dereference: true, verbatimSymlinks: true }),
];
for (const attempt of attempts) {
  try { attempt(); console.log('copied'); } catch (e) { show(e); }
}
fs.cpSync(p('f'), p('g'), { force: false });
console.log(fs.readFileSync(p('g'), 'utf8'));
