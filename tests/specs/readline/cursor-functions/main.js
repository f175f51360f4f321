// cursorTo/moveCursor/clearLine/clearScreenDown: the escapes, return values, callbacks and
// argument errors.
const readline = require('node:readline');
const { Writable } = require('node:stream');
const chunks = [];
const stream = new Writable({
  write(chunk, encoding, callback) { chunks.push(String(chunk)); callback(); },
});
console.log(readline.cursorTo(stream, 3), readline.cursorTo(stream, 3, 4));
console.log(readline.cursorTo(stream, 'a'), readline.cursorTo(stream));
console.log(readline.moveCursor(stream, 2, -3), readline.moveCursor(stream, -1, 5));
console.log(readline.moveCursor(stream, 0, 0));
console.log(readline.clearLine(stream, -1), readline.clearLine(stream, 1), readline.clearLine(stream, 0));
console.log(readline.clearScreenDown(stream));
console.log(JSON.stringify(chunks));
console.log(readline.cursorTo(null, 1), readline.moveCursor(undefined, 1, 1),
            readline.clearLine(null, 0), readline.clearScreenDown(null));
readline.cursorTo(stream, 1, () => console.log('cursorTo callback'));
readline.cursorTo(stream, 1, 2, () => console.log('cursorTo x y callback'));
readline.moveCursor(stream, 0, 0, () => console.log('moveCursor noop callback'));
readline.clearLine(null, 0, () => console.log('clearLine null callback'));
readline.clearScreenDown(stream, () => console.log('clearScreenDown callback'));
const attempt = (fn) => { try { fn(); } catch (err) { console.log(err.name, err.code, err.message); } };
attempt(() => readline.cursorTo(stream, NaN));
attempt(() => readline.cursorTo(stream, 1, NaN));
attempt(() => readline.cursorTo(stream, 'a', 2));
attempt(() => readline.cursorTo(stream, 1, 2, 3));
attempt(() => readline.moveCursor(stream, 1, 2, 'x'));
attempt(() => readline.clearLine(stream, 1, {}));
attempt(() => readline.clearScreenDown(stream, 1));
