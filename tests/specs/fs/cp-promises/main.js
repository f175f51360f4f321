// fs.promises.cp copies with force, errorOnExist and async filters.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
(async () => {
  fs.mkdirSync(p('src'));
  fs.writeFileSync(p('src', 'a'), '1');
  fs.writeFileSync(p('src', 'b'), '2');
  await fs.promises.cp(p('src'), p('out'), { recursive: true, filter: async (s) => !s.endsWith('b') });
  console.log(fs.readdirSync(p('out')));
  fs.writeFileSync(p('src', 'a'), 'changed');
  await fs.promises.cp(p('src'), p('out'), { recursive: true, force: false });
  console.log(fs.readFileSync(p('out', 'a'), 'utf8'));
  try {
    await fs.promises.cp(p('src'), p('out'), { recursive: true, force: false, errorOnExist: true });
  } catch (e) { show(e); }
  await fs.promises.cp(p('src'), p('out'), { recursive: true });
  console.log(fs.readFileSync(p('out', 'a'), 'utf8'), fs.readdirSync(p('out')).sort());
})();
