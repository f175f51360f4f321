// emitKeypressEvents: the key objects Node reports, with sequences split across chunks.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');
const stream = new PassThrough();
readline.emitKeypressEvents(stream);
readline.emitKeypressEvents(stream);
stream.on('keypress', (s, key) => console.log(JSON.stringify(s), JSON.stringify(key)));
const sequences = ['a', 'A', '1', ' ', '\r', '\n', '\t', '\x7f', '\b', '\x01', '\x1a', '\x00',
  '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1bOA', '\x1b[H', '\x1b[F', '\x1b[1~', '\x1b[4~',
  '\x1b[2~', '\x1b[3~', '\x1b[5~', '\x1b[6~', '\x1b[[5~', '\x1bOP', '\x1b[11~', '\x1b[15~',
  '\x1b[24~', '\x1b[[A', '\x1b[1;5D', '\x1b[1;2A', '\x1b[1;3C', '\x1b[3;5~', '\x1b[a', '\x1bOa',
  '\x1b[2$', '\x1b[3^', '\x1b[Z', '\x1b[200~', '\x1b[201~', '\x1bb', '\x1bB', '\x1b\r', '\x1b\x7f',
  '\x1b\x1b[D', '\x1b.', '\x1b[99x', 'é', '中', '\u{1F600}', '.', '~'];
for (const sequence of sequences) stream.write(sequence);
console.log('-- split');
const bytes = Buffer.from('x\x1b[1;5Cé\u{1F600}\x1bOB');
for (let i = 0; i < bytes.length; i++) stream.write(bytes.subarray(i, i + 1));
console.log('-- lone escape after a timeout');
const other = new PassThrough();
readline.emitKeypressEvents(other, { escapeCodeTimeout: 10 });
other.on('keypress', (s, key) => console.log(JSON.stringify(s), JSON.stringify(key)));
other.write('\x1b');
setTimeout(() => other.write('q'), 50);
