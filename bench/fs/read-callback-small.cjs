// fs.readFile (callback) of every small file at once, as text.
const fs = require('node:fs');
const path = require('node:path');
const dir = path.join(process.argv[2], 'small');
const names = fs.readdirSync(dir);
let pending = names.length;
for (const name of names) {
  fs.readFile(path.join(dir, name), 'utf8', (err) => {
    if (err) throw err;
    pending--;
  });
}
