console.log(process.execArgv, process.noDeprecation);
process.emitWarning('old', 'DeprecationWarning');
process.emitWarning('shown', 'Warning');
