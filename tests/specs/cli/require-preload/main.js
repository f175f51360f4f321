console.log('main sees', globalThis.preloaded);
console.log(process.execArgv);
console.log(require.cache[require.resolve('./pre.js')] !== undefined);
