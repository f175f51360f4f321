// for await beside other listeners: 'line' listeners see every line too, close() inside the
// loop ends it after the lines already queued, 'history' fires in terminal mode, and the input
// stream is paused past 1024 queued lines and resumed when they are consumed. Writes come after
// the iterator exists: a PassThrough in flowing mode emits a write's data synchronously.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

(async () => {
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const heard = [];
    rl.on('line', (line) => heard.push(line));
    setImmediate(() => input.write('a\nb\nc\nd\n'));
    const got = [];
    for await (const line of rl) {
      got.push(line);
      if (line === 'b') rl.close();
    }
    console.log('close in loop', got, heard, rl.closed);
  }
  {
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const rl = readline.createInterface({ input, output, terminal: true });
    const history = [];
    rl.on('history', (h) => history.push(h.slice()));
    setTimeout(() => input.write('first\rsecond\r'), 1);
    setTimeout(() => input.end(), 5);
    const got = [];
    for await (const line of rl) got.push(line);
    console.log('terminal', got, JSON.stringify(history));
  }
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const states = [];
    input.on('pause', () => states.push('input pause'));
    input.on('resume', () => states.push('input resume'));
    let text = '';
    for (let i = 0; i < 2500; i++) text += `${i}\n`;
    setImmediate(() => {
      input.write(text);
      input.end('last');
    });
    let count = 0;
    let last;
    for await (const line of rl) {
      count++;
      last = line;
      if (count === 1) states.push(`after first line paused=${input.isPaused()}`);
    }
    console.log('backpressure', count, last, states);
  }
})();
