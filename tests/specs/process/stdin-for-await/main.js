(async () => {
  process.stdin.setEncoding('utf8');
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  const numbers = text.trim().split(/\s+/).map(Number);
  console.log('sum', numbers.reduce((a, b) => a + b, 0));
})();
