// Several keys in one chunk (a paste): text with line breaks is typed line by line.
const { terminal } = require('../harness.js');
const { rl, type } = terminal();
rl.prompt();
type('first\nsecond\r\nthird\rfourth');
type('\x1b[D\x1b[Dab');
type('\r\n', 'crlf');
rl.write('written\nby write()');
type('', 'after write');
rl.write(null, { ctrl: true, name: 'a' });
rl.write('>');
type('', 'ctrl-a key');
rl.close();
