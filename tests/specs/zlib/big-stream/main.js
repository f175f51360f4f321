// Several MB streamed through gzip and gunzip; the loop keeps running while the thread pool works.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
let seed = 1;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
const words = ['alpha', 'beta', 'gamma', 'delta', 'kiln', 'zlib', 'stream', 'buffer', '{"k":1}'];
function* chunks() {
  for (let i = 0; i < 200; i++) {
    let s = '';
    for (let j = 0; j < 4000; j++) s += words[rand() % words.length] + (rand() % 10 === 0 ? '\n' : ' ');
    yield Buffer.from(s);
  }
}
let total = 0; let crcIn = 0;
let crcOut = 0; let outLength = 0;
let ticks = 0;
const timer = setInterval(() => ticks++, 1);
const source = Readable.from((function* () {
  for (const c of chunks()) { total += c.length; crcIn = zlib.crc32(c, crcIn); yield c; }
})());
pipeline(source, zlib.createGzip({ level: 1 }), zlib.createGunzip(), new Writable({
  write(c, e, cb) { outLength += c.length; crcOut = zlib.crc32(c, crcOut); cb(); },
}), (err) => {
  clearInterval(timer);
  console.log(err, total > 4e6, total === outLength, crcIn === crcOut, ticks > 0);
  // Slow to compress (varied text, level 9): the loop must keep turning meanwhile.
  const big = Buffer.concat([...chunks()]);
  let immediates = 0;
  const spin = () => { immediates++; if (!done) setImmediate(spin); };
  let done = false;
  setImmediate(spin);
  zlib.gzip(big, { level: 9 }, (err2, out) => {
    done = true;
    console.log('async gzip of 4 MB', err2, zlib.gunzipSync(out).equals(big), immediates > 1);
  });
});
