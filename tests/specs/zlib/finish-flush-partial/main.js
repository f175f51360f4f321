// finishFlush: Z_SYNC_FLUSH decompresses a truncated stream as far as it goes.
const zlib = require('zlib');
const text = 'partial decompression of a truncated stream '.repeat(20);
const packed = zlib.gzipSync(text);
const cut = packed.subarray(0, packed.length - 20);
const part = zlib.gunzipSync(cut, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log(part.length > 0, text.startsWith(part.toString()));
try { zlib.gunzipSync(cut); } catch (e) { console.log(e.code, e.message); }
const b = zlib.brotliCompressSync(text);
const bp = zlib.brotliDecompressSync(b.subarray(0, b.length - 3), { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
console.log(text.startsWith(bp.toString()));
