// A worker file that does not exist: the 'error' event carries Node's MODULE_NOT_FOUND.
const { Worker } = require('worker_threads');
const worker = new Worker('./no-such-worker.js');
worker.on('error', (error) => console.log(error.name, error.code,
                                          error.message.split('\n')[0].replace(process.cwd(), '.')));
worker.on('exit', (code) => console.log('exit', code));
