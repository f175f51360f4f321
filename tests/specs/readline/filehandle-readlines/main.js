// fs/promises FileHandle.readLines() (an Interface over handle.createReadStream()).
const fs = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kiln-rl-'));
  const file = path.join(dir, 'data.txt');
  await fs.writeFile(file, 'first\r\nsecond\n\nfourth\rfifth');
  const handle = await fs.open(file);
  const lines = handle.readLines();
  console.log(lines.constructor.name, lines.crlfDelay);
  for await (const line of lines) console.log(JSON.stringify(line));
  const again = await fs.open(file);
  for await (const line of again.readLines({ start: 7, end: 13 })) console.log('range', JSON.stringify(line));
  await fs.rm(dir, { recursive: true });
})();
