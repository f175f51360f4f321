// Transform calls flush() after the last chunk, before 'end', so it can push a trailer.
const { Transform } = require('stream');

let total = 0;
const counter = new Transform({
  transform(chunk, encoding, callback) {
    total += chunk.length;
    this.push(chunk);
    callback();
  },
  flush(callback) {
    console.log('flush');
    this.push(`\n(${total} bytes)`);
    callback();
  },
});
let output = '';
counter.on('data', (chunk) => { output += chunk; });
counter.on('finish', () => console.log('finish'));
counter.on('end', () => console.log('end', JSON.stringify(output)));
counter.write('hello ');
counter.end('world');
