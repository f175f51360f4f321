// fs.promises.readFile of every small file at once (Promise.all), as bytes.
const fs = require('node:fs');
const path = require('node:path');
const dir = path.join(process.argv[2], 'small');
const names = fs.readdirSync(dir);
Promise.all(names.map((name) => fs.promises.readFile(path.join(dir, name)))).then((all) => {
  if (all.reduce((n, b) => n + b.length, 0) === 0) throw new Error('nothing read');
});
