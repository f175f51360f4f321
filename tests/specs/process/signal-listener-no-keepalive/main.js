process.on('SIGINT', () => console.log('never'));
process.on('SIGUSR2', () => console.log('never'));
process.on('exit', (code) => console.log('exited with', code, 'without waiting for signals'));
