// A preset dictionary: deflate/inflate and raw, missing and wrong dictionaries.
const zlib = require('zlib');
const dictionary = Buffer.from('spdy http header content-type content-length');
const text = 'content-type: text/plain, content-length: 42';
const packed = zlib.deflateSync(text, { dictionary });
console.log('smaller', packed.length < zlib.deflateSync(text).length);
console.log('inflate', zlib.inflateSync(packed, { dictionary }).toString() === text);
const raw = zlib.deflateRawSync(text, { dictionary: new Uint8Array(dictionary) });
console.log('raw', zlib.inflateRawSync(raw, { dictionary: dictionary.buffer.slice(dictionary.byteOffset, dictionary.byteOffset + dictionary.length) }).toString() === text);
for (const opts of [{}, { dictionary: Buffer.from('wrong dictionary') }]) {
  try { zlib.inflateSync(packed, opts); } catch (e) { console.log(e.code, e.errno, e.message); }
}
try { zlib.deflateSync(text, { dictionary: 'a string' }); } catch (e) { console.log(e.code, e.message); }
zlib.inflate(packed, (err) => console.log('async', err.code, err.message));
