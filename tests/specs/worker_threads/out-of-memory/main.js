// A worker that outgrows resourceLimits.maxOldGenerationSizeMb is stopped with
// ERR_WORKER_OUT_OF_MEMORY; the process lives on.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const hoard = [];
  for (;;) hoard.push(new Array(1000).fill({ x: Math.random() }));
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 16 } });
worker.on('error', (error) => console.log(error.name, error.code, error.message));
worker.on('exit', (code) => console.log('exit', code));
