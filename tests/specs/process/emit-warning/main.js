process.on('warning', (w) => console.log('listener:', w.name, w.message, w.code));
process.emitWarning('plain message');
process.emitWarning('typed message', 'CustomWarning');
process.emitWarning('with code', 'CustomWarning', 'KILN001');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT1', detail: 'some detail\nover two lines' });
const error = new Error('an error object');
error.name = 'ErrorWarning';
process.emitWarning(error);
console.log('sync done');
