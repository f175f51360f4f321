process.stdin.setEncoding('utf8');
let text = '';
process.stdin.on('data', (chunk) => {
  console.log('chunk type', typeof chunk);
  text += chunk;
});
process.stdin.on('end', () => console.log(text.split('\n').map((l) => l.toUpperCase())));
