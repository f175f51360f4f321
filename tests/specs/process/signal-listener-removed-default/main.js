// After the last listener is removed, the default action (terminate) applies again. The second
// signal is sent only once the first was handled, so a slow machine cannot reorder them.
const keepAlive = setTimeout(() => console.log('first signal never handled'), 5000);
const onUsr1 = () => {
  console.log('handled SIGUSR1');
  clearTimeout(keepAlive);
  setTimeout(() => {
    process.removeListener('SIGUSR1', onUsr1);
    process.on('exit', () => console.log('exit event does not run when killed'));
    process.kill(process.pid, 'SIGUSR1');
    setTimeout(() => console.log('never printed'), 1000);
  }, 20);
};
process.on('SIGUSR1', onUsr1);
process.kill(process.pid, 'SIGUSR1');
