// Shared by the terminal-mode cases: an Interface in terminal mode on PassThrough streams,
// and type(chunk) which feeds input and prints what the interface wrote back (the escapes).
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

function terminal(options = {}, module = readline) {
  const input = new PassThrough();
  const output = new PassThrough();
  if (options.columns) output.columns = options.columns;
  delete options.columns;
  let written = '';
  output.on('data', (data) => { written += data; });
  const rl = module.createInterface({ input, output, terminal: true, ...options });
  rl.on('line', (line) => console.log('  line', JSON.stringify(line)));
  rl.on('close', () => console.log('  close'));
  function flush() {
    const out = written;
    written = '';
    return out;
  }
  function type(chunk, label = chunk) {
    input.write(chunk);
    console.log(JSON.stringify(label).padEnd(14), JSON.stringify(flush()).padEnd(40),
                JSON.stringify(rl.line), rl.cursor);
  }
  return { rl, input, output, type, flush };
}

module.exports = { terminal };
