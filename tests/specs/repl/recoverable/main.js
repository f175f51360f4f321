const repl = require('repl');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let text = '';
output.on('data', (d) => { text += d; });
const server = repl.start({ input, output, terminal: false, useGlobal: false });
server.on('exit', () => console.log(text));
input.end('function add(a, b) {\n  return a + b;\n}\nadd(2, 3)\n`a\nb`\n[1,\n2]\n({ nested: { deep: [1, 2, 3] } })\nlet z = 5\nz * 2\n.clear\ntypeof z\n');
