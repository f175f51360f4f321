// transcode: UTF-8 <-> UTF-16 conversions reject invalid input; other pairs substitute.
const { transcode } = require('buffer');
const cases = [
  [[0xe2, 0x82], 'utf8', 'ucs2'],
  [[0xe2, 0x82], 'utf8', 'latin1'],
  [[0x00, 0xd8], 'ucs2', 'utf8'],
  [[0x00, 0xd8], 'ucs2', 'ucs2'],
  [[0x61, 0x00, 0x62], 'ucs2', 'ucs2'],
  [[0x61, 0xe9, 0x80], 'ascii', 'ucs2'],
  [[0x61, 0xe9, 0x80], 'ascii', 'utf8'],
  [[0x3d, 0xd8, 0x00, 0xde], 'ucs2', 'latin1'],
];
for (const [bytes, from, to] of cases) {
  try {
    console.log(from, to, transcode(Buffer.from(bytes), from, to));
  } catch (err) {
    console.log(from, to, err.name, err.code, err.errno, err.message);
  }
}
