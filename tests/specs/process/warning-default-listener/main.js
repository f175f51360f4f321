console.log(process.listenerCount('warning'));
process.removeAllListeners('warning');
process.emitWarning('nobody prints this');
process.on('warning', (w) => console.log('own listener only:', w.message));
process.emitWarning('printed by own listener');
