process.on('unhandledRejection', (r) => console.log('unhandledRejection', r));
const p = Promise.reject(7);
setTimeout(() => p.catch(() => console.log('caught')), 10);
