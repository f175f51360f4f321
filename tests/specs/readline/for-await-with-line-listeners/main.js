// `for await` over an interface while other 'line' listeners come and go mid-stream: every
// line reaches the loop once and in order, and each extra listener sees exactly the lines
// emitted while it was registered (lines already queued for the loop are not re-emitted).
const { PassThrough } = require('stream');
const readline = require('readline');

const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: Infinity });
const total = 6000;
let next = 0;
function feed() {
  // Chunks of ~300 lines, each split mid-line, written as the loop consumes.
  let chunk = '';
  for (let i = 0; i < 300 && next < total; i++, next++) chunk += `line ${next}\n`;
  if (chunk === '') {
    input.end('tail without newline');
    return;
  }
  const cut = Math.floor(chunk.length / 2) + 3;
  input.write(chunk.slice(0, cut));
  input.write(chunk.slice(cut));
  setImmediate(feed);
}
setImmediate(feed);  // after the loop below has started listening

(async () => {
  let count = 0;
  let expected = 0;
  let extraSeen = 0;
  let extraFirst = null;
  const extra = (line) => {
    if (extraFirst === null) extraFirst = line;
    extraSeen++;
  };
  for await (const line of rl) {
    const want = expected < total ? `line ${expected}` : 'tail without newline';
    if (line !== want) throw new Error(`got ${JSON.stringify(line)}, want ${JSON.stringify(want)}`);
    expected++;
    count++;
    if (count === 1500) rl.on('line', extra);
    if (count === 4500) rl.off('line', extra);
  }
  console.log('loop saw', count, 'lines in order');
  console.log('extra listener saw lines:', extraSeen > 0, 'first after line 1499:',
              Number(extraFirst.split(' ')[1]) >= 1500);
})();
