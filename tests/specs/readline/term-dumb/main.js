// TERM=dumb: no redraws, keys append and return ends the line.
const { terminal } = require('../harness.js');
const { rl, type } = terminal();
rl.prompt();
type('abc');
type('\x1b[D', 'left');
type('\x7f', 'backspace');
type('\r', 'return');
type('\x04', 'ctrl-d');
