for (let i = 0; i < 2; i++) {
  try { require('./fails'); } catch (e) { console.log('attempt', i, e.message); }
}
const key = require.resolve('./fails');
console.log(key in require.cache, module.children.length);
globalThis.shouldSucceed = true;
console.log(require('./fails'));
console.log(key in require.cache, module.children.length);
