const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const text = chunks.map((c) => typeof c === 'string' ? c : new TextDecoder().decode(c)).join('');
  console.log('end after', text.length, 'chars');
  console.log(JSON.stringify(text));
  console.log(typeof chunks[0] === 'string' ? 'string chunks' : 'binary chunks');
});
