process.on('exit', (code) => console.log('exit code', code));
throw new Error('fatal');
