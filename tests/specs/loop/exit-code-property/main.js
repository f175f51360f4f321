// process.exitCode sets the exit status; 'exit' listeners see it.
process.on('exit', (code) => console.log('exit with', code, process.exitCode));
process.exitCode = 3;
