// watchFile polls a file and calls the listener with current and previous Stats.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('f'), 'a');
const listener = (curr, prev) => {
  console.log(curr.size, prev.size, curr instanceof fs.Stats);
  fs.unwatchFile(p('f'), listener);
  watchMissing();
};
const watcher = fs.watchFile(p('f'), { interval: 20 }, listener);
console.log(watcher.constructor.name, typeof watcher.ref, typeof watcher.unref);
setTimeout(() => fs.writeFileSync(p('f'), 'abc'), 100);
// A file that does not exist yet: the listener runs once it appears.
function watchMissing() {
  fs.watchFile(p('missing'), { interval: 20, bigint: true }, (curr, prev) => {
    console.log('appeared', typeof curr.size, prev.size);
    fs.unwatchFile(p('missing'));
  });
  setTimeout(() => fs.writeFileSync(p('missing'), 'now'), 100);
}
try { fs.watchFile(p('f')); } catch (e) { show(e); }
