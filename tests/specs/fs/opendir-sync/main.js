// opendirSync reads entries synchronously and validates bufferSize; errors name no path.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(p('x'));
fs.writeFileSync(p('y'), '');
const d = fs.opendirSync(dir, { bufferSize: 1 });
const names = [];
let entry;
while ((entry = d.readSync()) !== null) names.push(`${entry.name}:${entry.isDirectory()}`);
console.log(names.sort());
d.closeSync();
try { d.readSync(); } catch (e) { show(e); }
try { fs.opendirSync(dir, { bufferSize: 0 }); } catch (e) { show(e); }
try { fs.opendirSync(p('y')); } catch (e) { show(e); console.log(e.path, e.syscall); }
try { fs.opendirSync(p('none')); } catch (e) { show(e); }
