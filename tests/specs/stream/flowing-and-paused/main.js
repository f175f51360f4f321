// A Readable starts paused; 'data' switches it to flowing, pause()/resume() toggle it, and
// 'readable' with read() pulls explicitly.
const { Readable } = require('stream');

const source = new Readable({ read() {} });
console.log('initial', source.readableFlowing, source.isPaused());
source.on('data', (chunk) => {
  console.log('data', chunk.toString());
  source.pause();
  console.log('after pause', source.readableFlowing, source.isPaused());
  setImmediate(() => source.resume());
});
console.log('after on(data)', source.readableFlowing);
source.push('1');
source.push('2');
source.push(null);
source.on('end', () => {
  console.log('end');
  const pulled = new Readable({ read() {} });
  pulled.push('abc');
  pulled.push('def');
  pulled.push(null);
  pulled.on('readable', () => {
    let chunk;
    while ((chunk = pulled.read(2)) !== null) console.log('read(2)', chunk.toString());
  });
  pulled.on('end', () => console.log('pulled end'));
});
