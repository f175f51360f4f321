// Long lines wrap at the output's columns: redraws move up the rows they span; wide (CJK)
// characters take two cells, astral characters move as one, tabs align to tabSize.
const { terminal } = require('../harness.js');
const { rl, output, type } = terminal({ columns: 10, prompt: '>> ', tabSize: 4 });
rl.prompt();
for (const ch of 'abcdefghijklmnop') type(ch);
console.log(rl.getCursorPos());
type('\x01', 'ctrl-a');
console.log(rl.getCursorPos());
type('\x05', 'ctrl-e');
type('\x1b[D', 'left');
type('中文字');
console.log(rl.getCursorPos());
type('\x15', 'ctrl-u');
type('\u{1F600}x');
type('\x1b[D', 'left');
type('\x1b[D', 'left');
type('\x7f', 'backspace');
type('\ta\tb');
console.log(rl.getCursorPos());
output.columns = 5;
output.emit('resize');
type('', 'after resize');
console.log(rl.getCursorPos());
rl.setPrompt('\x1b[31mred\x1b[39m> ');
rl.prompt(true);
type('', 'colored prompt');
console.log(rl.getCursorPos());
rl.close();
