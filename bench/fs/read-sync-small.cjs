// readFileSync of every small file, as text and as bytes.
const fs = require('node:fs');
const path = require('node:path');
const dir = path.join(process.argv[2], 'small');
const names = fs.readdirSync(dir);
let total = 0;
for (const name of names) total += fs.readFileSync(path.join(dir, name), 'utf8').length;
for (const name of names) total += fs.readFileSync(path.join(dir, name)).length;
if (total === 0) throw new Error('nothing read');
