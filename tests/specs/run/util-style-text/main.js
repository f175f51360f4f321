// util.styleText validates formats and wraps text in ANSI codes.
const { styleText } = require('util');
console.log(JSON.stringify(styleText('red', 'text', { validateStream: false })));
console.log(JSON.stringify(styleText(['bold', 'underline'], 'text')));
console.log(JSON.stringify(styleText('red', 'not a tty')));
try { styleText('no-such-format', 'x'); } catch (e) { console.log(e.code); }
try { styleText('red', 42); } catch (e) { console.log(e.code, e.message); }
