// The async and sync forms produce the same bytes, for every format and a few levels.
const zlib = require('zlib');
let text = '';
for (let i = 0; i < 3000; i++) text += `{"id":${i},"v":"${(i * 7919) % 1000}"}\n`;
const input = Buffer.from(text);
const names = ['deflate', 'deflateRaw', 'gzip', 'brotliCompress'];
let pending = 0;
const results = [];
for (const name of names) {
  for (const level of [1, 6, 9]) {
    const opts = name === 'brotliCompress' ?
      { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: level } } : { level };
    const sync = zlib[name + 'Sync'](input, opts);
    pending++;
    zlib[name](input, opts, (err, out) => {
      results.push(`${name} ${level} ${err} ${out.equals(sync)}`);
      if (--pending === 0) console.log(results.sort().join('\n'));
    });
  }
}
