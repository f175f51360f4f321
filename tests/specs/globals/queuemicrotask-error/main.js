process.on('uncaughtException', (err, origin) => {
  console.log('uncaught:', err.message, origin);
});
queueMicrotask(() => { throw new Error('from microtask'); });
queueMicrotask(() => console.log('next microtask still runs'));
Promise.resolve().then(() => console.log('promise reaction'));
try { queueMicrotask('nope'); } catch (e) { console.log(e.code, e.message); }
setTimeout(() => console.log('timer after'), 0);
