process.exitCode = 5;
process.on('exit', (code) => console.log('exit event code', code, 'exitCode', process.exitCode));
process.exit(undefined);
