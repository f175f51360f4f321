// An 'uncaughtException' listener keeps the process running; later timers still fire.
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
setTimeout(() => { throw new Error('from timer'); }, 1);
setTimeout(() => console.log('still running'), 10);
