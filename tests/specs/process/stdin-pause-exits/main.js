// pause() stops reading stdin: the process exits without reading the rest.
let chunks = 0;
process.stdin.on('data', (chunk) => {
  chunks++;
  process.stdin.pause();
});
process.stdin.on('end', () => console.log('end (not reached)'));
process.on('exit', () => console.log('exit after', chunks, 'chunk'));
