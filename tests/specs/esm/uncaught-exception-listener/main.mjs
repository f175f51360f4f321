process.on('uncaughtException', (error, origin) => {
  console.log('handled:', error.message, origin);
});
import('./thrower.mjs');
