// createReadStream emits ENOENT as an error event and validates its options.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
const stream = fs.createReadStream(p('missing'));
stream.on('error', (err) => {
  show(err);
  console.log('destroyed', stream.destroyed);
});
stream.on('close', () => console.log('close'));
for (const options of [{ start: 5, end: 2 }, { start: -1 }, { end: 'x' }, { highWaterMark: -1 }]) {
  try { fs.createReadStream(p('f'), options); } catch (e) { show(e); }
}
try { fs.createReadStream(p('f'), { fd: {} }); } catch (e) { show(e); }
try { fs.createReadStream(1234); } catch (e) { show(e); }
