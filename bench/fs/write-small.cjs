// writeFileSync of 2,000 small files (text), then fs.promises.writeFile of the same at once.
const fs = require('node:fs');
const path = require('node:path');
const dir = path.join(process.argv[2], `out-${process.pid}`);
fs.mkdirSync(dir, { recursive: true });
const text = 'x'.repeat(1000) + '\n';
for (let i = 0; i < 2000; i++) fs.writeFileSync(path.join(dir, `${i}.txt`), text);
Promise.all(Array.from({ length: 2000 }, (_, i) => fs.promises.writeFile(path.join(dir, `${i}.txt`), text)))
  .then(() => fs.rmSync(dir, { recursive: true }));
