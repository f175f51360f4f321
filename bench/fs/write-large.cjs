// A 100 MB buffer written with writeFileSync, fs.writeFile and fs.promises.writeFile.
const fs = require('node:fs');
const path = require('node:path');
const file = path.join(process.argv[2], `big-${process.pid}.bin`);
const data = Buffer.alloc(100 * 1024 * 1024, 7);
fs.writeFileSync(file, data);
fs.writeFile(file, data, (err) => {
  if (err) throw err;
  fs.promises.writeFile(file, data).then(() => fs.unlinkSync(file));
});
