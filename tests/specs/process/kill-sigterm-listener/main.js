process.on('SIGTERM', (signal, number) => {
  console.log('got', signal, number);
  setTimeout(() => console.log('still alive after SIGTERM'), 10);
});
console.log(process.kill(process.pid, 'SIGTERM'));
const keepAlive = setTimeout(() => console.log('timeout'), 1000);
process.on('SIGTERM', () => clearTimeout(keepAlive));
