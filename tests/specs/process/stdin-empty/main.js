let data = false;
process.stdin.on('data', () => { data = true; });
process.stdin.on('end', () => console.log('end with data:', data));
