// process.exit() stops at once: later timers never run, 'exit' still fires.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('exiting');
  process.exit(4);
}, 1);
setTimeout(() => console.log('never'), 50);
