// A Transform may read bytes and write objects (readableObjectMode), and callback(null, value)
// pushes the value.
const { Transform } = require('stream');

const splitter = new Transform({
  readableObjectMode: true,
  transform(chunk, encoding, callback) {
    for (const word of chunk.toString().split(' ')) this.push({ word, length: word.length });
    callback();
  },
});
console.log(splitter.readableObjectMode, splitter.writableObjectMode);
splitter.on('data', (object) => console.log(object));
splitter.on('end', () => console.log('end'));
splitter.end('the quick fox');
