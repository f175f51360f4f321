// opendir gives a Dir: async iteration, read() to null, close errors after closing.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
for (const name of ['a', 'b', 'c']) fs.writeFileSync(p(name), '');
(async () => {
  const d = await fs.promises.opendir(dir);
  console.log(clean(d.path));
  const names = [];
  for await (const entry of d) names.push(`${entry.name}:${entry.isFile()}`);
  console.log(names.sort());
  try { await d.close(); } catch (e) { show(e); }
  fs.opendir(dir, (err, d2) => {
    const seen = [];
    const next = () => d2.read((err2, entry) => {
      if (entry === null) {
        console.log('read', seen.sort());
        d2.close((err3) => {
          console.log('closed', err3);
          d2.close((err4) => show(err4));
        });
        return;
      }
      seen.push(entry.name);
      next();
    });
    next();
  });
})();
