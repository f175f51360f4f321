// events.once(rl, 'close') and 'line' listeners, the pattern Node's docs show for files.
const { once } = require('node:events');
const { createReadStream, writeFileSync, mkdtempSync, rmSync } = require('node:fs');
const { createInterface } = require('node:readline');
const path = require('node:path');
const os = require('node:os');
const dir = mkdtempSync(path.join(os.tmpdir(), 'kiln-rl-'));
const file = path.join(dir, 'in.txt');
writeFileSync(file, 'x=1\ny=2\n\nz=3');
(async () => {
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const seen = [];
  rl.on('line', (line) => seen.push(line));
  await once(rl, 'close');
  console.log(seen);
  rmSync(dir, { recursive: true });
})();
