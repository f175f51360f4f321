// A rejection handled within the same turn is not reported.
const p = Promise.reject(new Error('x'));
Promise.resolve().then(() => p.catch((e) => console.log('caught', e.message)));
setTimeout(() => console.log('done'), 1);
