// A worker gets a copy of process.env (changes stay in the worker) or the object given; with
// SHARE_ENV it shares the real environment.
const { Worker, SHARE_ENV } = require('worker_threads');
process.env.KILN_WT_VAR = 'parent';
const code = `
  const { parentPort } = require('worker_threads');
  parentPort.postMessage(process.env.KILN_WT_VAR + ' ' + process.env.OTHER);
  process.env.KILN_WT_VAR = 'changed';
`;
const first = new Worker(code, { eval: true });
first.on('message', (message) => console.log('copy:', message));
first.on('exit', () => {
  console.log('after copy:', process.env.KILN_WT_VAR);
  const second = new Worker(code, { eval: true, env: { KILN_WT_VAR: 'given', OTHER: 1 } });
  second.on('message', (message) => console.log('given:', message));
  second.on('exit', () => {
    const third = new Worker(code, { eval: true, env: SHARE_ENV });
    third.on('message', (message) => console.log('shared:', message));
    third.on('exit', () => console.log('after shared:', process.env.KILN_WT_VAR));
  });
});
