// 'unhandledRejection' receives the reason and the promise; a late handler fires rejectionHandled.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason.message, promise instanceof Promise);
  setTimeout(() => promise.catch(() => console.log('handled late')), 1);
});
process.on('rejectionHandled', () => console.log('rejectionHandled'));
Promise.reject(new Error('nobody catches me'));
