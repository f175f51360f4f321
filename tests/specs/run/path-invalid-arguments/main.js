const path = require('path');
const calls = [() => path.join('a', 5), () => path.resolve(null), () => path.resolve('a', {}), () => path.basename('a', 5),
  () => path.relative('a', []), () => path.format(null), () => path.format('x'), () => path.win32.dirname(undefined),
  () => path.extname(Symbol('s')), () => path.normalize(10n), () => path.isAbsolute(() => {})];
for (const call of calls) {
  try { call(); console.log('no error'); } catch (err) { console.log(err.name, err.code, err.message); }
}
