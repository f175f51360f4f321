// An uncaught exception that cannot be serialized (its custom inspect throws) arrives as
// ERR_WORKER_UNSERIALIZABLE_ERROR.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  throw { [Symbol.for('nodejs.util.inspect.custom')]() { throw new Error('no'); }, f() {} };
`, { eval: true });
worker.on('error', (error) => console.log(error.name, error.code, error.message));
worker.on('exit', (code) => console.log('exit', code));
