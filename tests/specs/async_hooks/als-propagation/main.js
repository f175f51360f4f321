const { AsyncLocalStorage } = require('node:async_hooks');
const fs = require('node:fs');
const als = new AsyncLocalStorage();
// Callbacks finish in an order that depends on timing: print what each saw, sorted, at exit.
const lines = [];
const log = (where) => lines.push(`${where}: ${JSON.stringify(als.getStore())}`);
process.on('exit', () => console.log(lines.sort().join('\n')));
console.log('outside', als.getStore());
als.run({ id: 1 }, () => {
  log('sync');
  process.nextTick(() => log('nextTick'));
  setTimeout(() => log('setTimeout'), 5);
  setImmediate(() => log('setImmediate'));
  queueMicrotask(() => log('queueMicrotask'));
  Promise.resolve().then(() => log('then'));
  (async () => { await null; log('after await'); await new Promise((r) => setTimeout(r, 10)); log('after timer await'); })();
  fs.readFile(__filename, () => log('fs.readFile'));
  fs.stat(__filename, () => log('fs.stat'));
  fs.promises.readFile(__filename).then(() => log('fs.promises'));
  const iv = setInterval(() => { log('setInterval'); clearInterval(iv); }, 1);
});
als.run({ id: 2 }, () => {
  setTimeout(() => log('second run timer'), 2);
  Promise.resolve().then(() => als.run({ id: 3 }, () => Promise.resolve().then(() => log('nested'))));
});
setTimeout(() => log('timer outside'), 3);
Promise.resolve().then(() => log('then outside'));
