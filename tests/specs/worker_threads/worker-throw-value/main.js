// A worker that throws a non-Error: a clonable value arrives as is, a Symbol as the
// registered symbol of its description, an Error whose properties cannot be cloned as V8's
// clone of it (message and stack only).
const { Worker } = require('worker_threads');
const sources = [
  'throw { answer: 42 }',
  'throw Symbol("nope")',
  'const e = new TypeError("partial"); e.data = { f() {} }; throw e',
  'throw new Proxy({}, { ownKeys() { throw new Error("no"); } })',
];
function run(index) {
  if (index === sources.length) return;
  const worker = new Worker(sources[index], { eval: true });
  worker.on('error', (value) => {
    console.log(index, typeof value, value === Symbol.for('nope'), value?.message, value?.data);
  });
  worker.on('exit', (code) => {
    console.log(index, 'exit', code);
    run(index + 1);
  });
}
run(0);
