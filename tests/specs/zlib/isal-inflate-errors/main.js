// Errors from corrupt or truncated large streams, and the output delivered before them
// (Kiln inflates with ISA-L and lets zlib replay a member to report exactly what zlib says).
const zlib = require('zlib');
let seed = 3;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
const text = Buffer.from(Array.from({ length: 60000 }, () => ['log', 'line', 'json', '{"a":1}', 'x'][rand() % 5]).join(' '));
const gz = zlib.gzipSync(text);
const df = zlib.deflateSync(text);
const raw = zlib.deflateRawSync(text);
function tryIt(name, fn, buf, opts) {
  try {
    const out = fn(buf, opts);
    console.log(name, 'ok', typeof out === 'boolean' ? out : out.length);
  } catch (e) {
    console.log(name, e.code, e.errno, e.message);
  }
}
function flip(buf, at, mask = 0x10) { const b = Buffer.from(buf); b[at] ^= mask; return b; }
tryIt('truncated gzip', zlib.gunzipSync, gz.subarray(0, gz.length - 100));
tryIt('truncated trailer', zlib.gunzipSync, gz.subarray(0, gz.length - 3));
tryIt('bad crc', zlib.gunzipSync, flip(gz, gz.length - 6));
tryIt('bad size', zlib.gunzipSync, flip(gz, gz.length - 2));
tryIt('bad method', zlib.gunzipSync, flip(gz, 2, 0x01));
tryIt('bad flags', zlib.gunzipSync, flip(gz, 3, 0xe0));
tryIt('bad adler', zlib.inflateSync, flip(df, df.length - 1));
tryIt('bad zlib header', zlib.inflateSync, flip(df, 1));
tryIt('corrupt body gzip', zlib.gunzipSync, flip(gz, 2000, 0xff));
// (How much output a corrupt raw stream or a truncated one with a sync finishFlush gives
// depends on the zlib build: Node's Chromium zlib holds back a few bytes more than Debian's.)
tryIt('truncated with sync finish', (b, o) => zlib.gunzipSync(b, o).length > 40000, gz.subarray(0, 5000), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
tryIt('dictionary needed', zlib.inflateSync, zlib.deflateSync(text, { dictionary: Buffer.from('log line') }));
tryIt('unzip gzip', zlib.unzipSync, gz);
tryIt('unzip deflate', zlib.unzipSync, df);
tryIt('small window', zlib.inflateSync, zlib.deflateSync(text, { windowBits: 9 }));
tryIt('inflate small windowBits', zlib.inflateSync, df, { windowBits: 9 });
// Streamed in small pieces: the output before the error, then the error.
const stream = zlib.createGunzip();
let got = 0;
stream.on('data', (c) => { got += c.length; });
stream.on('error', (e) => console.log('stream', e.code, e.message, got > 0));
const bad = flip(gz, gz.length - 5);
for (let i = 0; i < bad.length; i += 777) stream.write(bad.subarray(i, i + 777));
stream.end();
