const p = Promise.reject(new Error('boom'));
setTimeout(() => { p.catch(() => console.log('caught late')); }, 10);
Promise.reject(42);
process.on('exit', (c) => console.log('exit', c, process.exitCode));
