// FileHandle readFile, writeFile, appendFile, readv/writev and streams.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
(async () => {
  const handle = await fs.promises.open(p('f'), 'w+');
  await handle.writeFile('line one\n');
  await handle.appendFile('line two\n');
  console.log(JSON.stringify(await fs.promises.readFile(p('f'), 'utf8')));
  const { bytesWritten } = await handle.writev([Buffer.from('A'), Buffer.from('B')], 0);
  const bufs = [Buffer.alloc(2), Buffer.alloc(3)];
  const { bytesRead } = await handle.readv(bufs, 0);
  console.log(bytesWritten, bytesRead, bufs.map(String));
  await handle.close();
  const reader = await fs.promises.open(p('f'));
  console.log(JSON.stringify(await reader.readFile({ encoding: 'utf8' })));
  await reader.close();
  const again = await fs.promises.open(p('f'));
  const chunks = [];
  for await (const chunk of again.createReadStream({ start: 3, end: 6 })) chunks.push(chunk.toString());
  console.log(chunks, again.fd);
  await fs.promises.writeFile(p('g'), (async function* () { yield 'a'; yield Buffer.from('b'); })());
  console.log(fs.readFileSync(p('g'), 'utf8'));
})();
