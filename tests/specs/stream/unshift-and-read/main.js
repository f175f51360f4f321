// read(n) returns exactly n bytes when available; unshift() puts data back at the front.
const { Readable } = require('stream');

const source = new Readable({ read() {} });
source.push('headerBODY');
source.push(null);
source.once('readable', () => {
  const head = source.read(6);
  console.log('head', head.toString());
  source.unshift(Buffer.from('>>'));
  console.log('rest', source.read().toString());
  console.log('after', source.read());
});
source.on('end', () => {
  console.log('end');
  try {
    source.unshift('x');
  } catch (err) {
    console.log('never thrown');
  }
});
source.on('error', (err) => console.log(err.code, err.message));
