console.log(process.argv.slice(2));
console.log(process.argv[1].endsWith('main.mjs'), process.mainModule, typeof require, typeof module);
const { mainOfCjs } = await import('./dep.cjs');
console.log(mainOfCjs);
console.log(this);
