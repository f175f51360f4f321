// end() finishes process.stdout: 'finish' fires after the callbacks; the fd stays open.
const out = process.stdout;
out.on('finish', () => console.error('finish', out.writableFinished));
out.on('close', () => console.error('close'));
out.write('first\n', () => console.error('write callback'));
out.end('last\n', () => console.error('end callback', out.writableEnded));
console.error('ended', out.writableEnded, out.writable);
process.on('exit', () => require('fs').writeSync(1, 'fd 1 still open\n'));
