process.on('exit', (code) => {
  console.log('first exit listener, code', code);
  process.exit(7);
});
process.on('exit', (code) => console.log('second exit listener must not run', code));
console.log('before exit');
process.exit(3);
console.log('after exit: never printed');
