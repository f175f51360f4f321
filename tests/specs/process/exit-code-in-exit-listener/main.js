process.on('exit', (code) => {
  console.log('exit code seen', code);
  process.exitCode = 9;
});
process.exitCode = 4;
