const { AsyncLocalStorage } = require('async_hooks');
const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
console.log(a.run(1, (x, y) => x + y + a.getStore(), 10, 20));
a.run('A', () => {
  b.run('B', () => {
    console.log(a.getStore(), b.getStore());
    a.exit(() => console.log('exit', a.getStore(), b.getStore()));
    console.log('back', a.getStore());
  });
  console.log('after b', a.getStore(), b.getStore());
});
try { a.run('T', () => { throw new Error('thrown'); }); } catch (e) { console.log(e.message, a.getStore()); }
const snap = a.run('snap', () => AsyncLocalStorage.snapshot());
console.log('snapshot', snap(() => a.getStore()));
const bound = a.run('bound', () => AsyncLocalStorage.bind(() => a.getStore()));
console.log('bind', bound());
a.enterWith('entered');
console.log('enterWith', a.getStore());
setTimeout(() => {
  console.log('timer sees', a.getStore());
  a.disable();
  console.log('disabled', a.getStore());
  a.run('again', () => console.log('re-enabled', a.getStore()));
}, 1);
