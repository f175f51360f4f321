// Duplex.from wraps an async generator function; duplexPair connects two Duplex ends.
const { Duplex, duplexPair } = require('stream');

async function main() {
  const doubler = Duplex.from(async function* (source) {
    for await (const chunk of source) yield chunk.toString().repeat(2);
  });
  doubler.end('ab');
  for await (const chunk of doubler) console.log('doubled', chunk.toString());

  const [left, right] = duplexPair();
  right.on('data', (chunk) => console.log('right got', chunk.toString()));
  left.write('hello');
  left.end();
  right.on('end', () => console.log('right end'));
}
main();
