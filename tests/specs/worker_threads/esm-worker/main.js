// A .mjs worker runs as an ES module (top-level await, import of node:worker_threads), and a
// URL names the file.
const { Worker } = require('worker_threads');
const { pathToFileURL } = require('url');
const worker = new Worker(pathToFileURL(`${__dirname}/worker.mjs`), { workerData: 1 });
worker.on('message', (message) => console.log('message', message));
worker.on('exit', (code) => console.log('exit', code));
