// for await...of reads a Readable chunk by chunk; breaking out of the loop destroys it.
const { Readable } = require('stream');

async function main() {
  const source = new Readable({ objectMode: true, read() {} });
  source.push('a');
  source.push('b');
  source.push(null);
  for await (const chunk of source) console.log('chunk', chunk);

  const endless = new Readable({
    objectMode: true,
    read() { this.push(this.count = (this.count || 0) + 1); },
  });
  endless.on('close', () => console.log('closed'));
  for await (const n of endless) {
    if (n === 3) break;
    console.log('n', n);
  }
  console.log('destroyed', endless.destroyed);

  const failing = new Readable({ read() { this.destroy(new Error('read failed')); } });
  try {
    for await (const chunk of failing) console.log(chunk);
  } catch (err) {
    console.log('caught', err.message);
  }
}
main();
