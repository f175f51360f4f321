process.stdin.pipe(process.stdout);
process.stdin.on('end', () => process.stderr.write('stdin ended\n'));
