// getDefaultHighWaterMark/setDefaultHighWaterMark change the default of new streams only.
const stream = require('stream');

console.log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
const before = new stream.Readable();
stream.setDefaultHighWaterMark(false, 1024);
stream.setDefaultHighWaterMark(true, 4);
console.log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
console.log(before.readableHighWaterMark, new stream.Readable().readableHighWaterMark,
  new stream.Writable({ objectMode: true }).writableHighWaterMark);
try {
  stream.setDefaultHighWaterMark(false, -1);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  new stream.Readable({ highWaterMark: 1.5 });
} catch (err) {
  console.log(err.name, err.code, err.message);
}
