// A FileHandle reads, writes, stats and closes; using it after close is EBADF.
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
  console.log(typeof handle.fd, handle.constructor.name);
  console.log(await handle.write('hello world'));
  console.log(await handle.write(Buffer.from('HE'), 0, 2, 0));
  const { bytesRead, buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
  console.log(bytesRead, buffer.toString());
  const other = await handle.read({ buffer: Buffer.alloc(3), position: 6 });
  console.log(other.bytesRead, other.buffer.toString());
  console.log((await handle.stat()).size, typeof (await handle.stat({ bigint: true })).size);
  await handle.sync();
  await handle.datasync();
  await handle.truncate(5);
  await handle.utimes(1, 2);
  await handle.chmod(0o600);
  console.log((await handle.stat()).size, (await handle.stat()).mtimeMs);
  handle.on('close', () => console.log('close event'));
  await handle.close();
  console.log('fd after close', handle.fd);
  try { await handle.stat(); } catch (e) { console.log(e.code, e.message, e.syscall); }
  try { await fs.promises.open(p('missing')); } catch (e) { show(e); }
})();
