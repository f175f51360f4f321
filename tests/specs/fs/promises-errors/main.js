// fs.promises rejects with the same error objects as the sync API.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
const check = (promise) => promise.then((v) => console.log('ok', v), (e) => {
  show(e);
  console.log(' ', e.errno, e.syscall, clean(e.path), e.dest === undefined ? '' : clean(e.dest));
});
(async () => {
  await check(fs.promises.stat(p('none')));
  await check(fs.promises.readdir(p('none')));
  await check(fs.promises.rename(p('none'), p('x')));
  await check(fs.promises.unlink(p('none')));
  await check(fs.promises.mkdir(dir));
  await check(fs.promises.symlink('a', dir));
  await check(fs.promises.open(p('none'), 'r'));
  await check(fs.promises.writeFile(dir, 'x'));
  await check(fs.promises.readFile(dir));
  try { await fs.promises.readFile(5.5); } catch (e) { show(e); }
  await check(fs.promises.access(p('none')));
  await check(fs.promises.realpath(p('none')));
})();
