// The 100 MB file, three times: readFileSync, fs.readFile, fs.promises.readFile.
const fs = require('node:fs');
const path = require('node:path');
const file = path.join(process.argv[2], 'large.bin');
const size = fs.readFileSync(file).length;
fs.readFile(file, (err, data) => {
  if (err || data.length !== size) throw err || new Error('short read');
  fs.promises.readFile(file).then((again) => {
    if (again.length !== size) throw new Error('short read');
  });
});
