// A TypeScript worker file has its types stripped like a main .ts program.
const { Worker } = require('worker_threads');
const worker = new Worker(`${__dirname}/worker.ts`, { workerData: 4 });
worker.on('message', (message) => console.log('message', message));
worker.on('exit', (code) => console.log('exit', code));
