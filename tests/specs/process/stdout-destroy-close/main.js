// destroy() on process.stdout emits 'close' but never closes fd 1: writes keep working.
const out = process.stdout;
out.on('close', () => {
  console.log('close; destroyed:', out.destroyed);
  out.write('written after destroy\n');
});
out.destroy();
console.log('destroyed right after destroy():', out.destroyed);
