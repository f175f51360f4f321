console.log(process.execArgv);
console.log(typeof process.argv0, process.argv0.length > 0);
console.log(process.execArgv === process.execArgv, Array.isArray(process.execArgv));
