// An unref()'d worker does not keep the process alive, even while it is busy.
const { Worker } = require('worker_threads');
const worker = new Worker('for (;;) {}', { eval: true });
worker.unref();
process.on('exit', (code) => console.log('process exit', code));
console.log('main done');
