// Bad filenames fail in the constructor with Node's errors.
const { Worker } = require('worker_threads');
for (const args of [['worker.js'], [42], [new URL('http://example.com/w.js')], [{}, { eval: true }],
  ['./w.js', { argv: 'x' }], ['./w.js', { env: 5 }]]) {
  try {
    new Worker(...args);
    console.log('no error');
  } catch (error) {
    console.log(error.name, error.code);
    console.log(error.message);
  }
}
