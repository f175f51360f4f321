// maxOutputLength caps the decompressed size: ERR_BUFFER_TOO_LARGE, sync and async.
const zlib = require('zlib');
const bomb = zlib.gzipSync(Buffer.alloc(1024 * 1024));
try { zlib.gunzipSync(bomb, { maxOutputLength: 1000 }); } catch (e) { console.log(e.name, e.code, e.message); }
zlib.gunzip(bomb, { maxOutputLength: 1000 }, (e) => console.log('async', e.code, e.message));
console.log(zlib.gunzipSync(bomb, { maxOutputLength: 1024 * 1024 }).length);
try { zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(100000)), { maxOutputLength: 99999 }); } catch (e) { console.log('brotli', e.code, e.message); }
