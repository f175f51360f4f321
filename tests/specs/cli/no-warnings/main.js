process.on('warning', (w) => console.log('event', w.name, w.message));
process.emitWarning('quiet please');
