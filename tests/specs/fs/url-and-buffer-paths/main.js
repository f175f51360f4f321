// fs calls accept file: URLs and Buffers as paths.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
const { pathToFileURL } = require('url');
fs.writeFileSync(pathToFileURL(p('via url.txt')), 'url');
console.log(fs.readFileSync(p('via url.txt'), 'utf8'));
console.log(fs.readFileSync(Buffer.from(p('via url.txt')), 'utf8'));
console.log(fs.existsSync(new URL(pathToFileURL(dir).href + '/via%20url.txt')));
try { fs.readFileSync(new URL('http://example.com/x')); } catch (e) { show(e); }
try { fs.readFileSync(new URL('file://host/x')); } catch (e) { show(e); }
try { fs.readFileSync(new URL('file:///a%2Fb')); } catch (e) { show(e); }
fs.promises.readFile(pathToFileURL(p('via url.txt'))).then((b) => console.log(b.toString()));
