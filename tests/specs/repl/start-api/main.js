const repl = require('repl');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let text = '';
output.on('data', (d) => { text += d; });
const server = repl.start({ prompt: 'app> ', input, output, terminal: false, ignoreUndefined: true });
server.context.answer = 42;
server.defineCommand('hello', {
  help: 'Say hello',
  action(name) {
    this.output.write(`hello ${name}\n`);
    this.displayPrompt();
  },
});
server.on('exit', () => {
  console.log(JSON.stringify(text));
  console.log(server instanceof require('readline').Interface, typeof repl.REPLServer);
});
input.end('answer * 2\nvar y = 1\n.hello world\n.nope\n.exit\n');
