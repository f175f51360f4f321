// buffer.transcode between utf8, utf16le, latin1 and ascii; '?' for what cannot be represented.
const { transcode } = require('buffer');
console.log(transcode(Buffer.from('€é'), 'utf8', 'ascii'), transcode(Buffer.from('€é'), 'utf8', 'latin1'));
console.log(transcode(Buffer.from('hé'), 'utf8', 'ucs2'), transcode(Buffer.from('hé', 'ucs2'), 'utf16le', 'utf8'));
console.log(transcode(Buffer.from('hé', 'latin1'), 'binary', 'utf8'), transcode(Buffer.alloc(0), 'utf8', 'ucs2'));
for (const run of [() => transcode(Buffer.from('a'), 'utf8', 'hex'), () => transcode('a', 'utf8', 'ucs2')]) {
  try {
    run();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
