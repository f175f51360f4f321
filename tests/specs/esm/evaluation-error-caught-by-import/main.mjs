try {
  await import('./thrower.mjs');
} catch (e) {
  console.log('caught', e.message);
}
try {
  await import('./thrower.mjs');
} catch (e) {
  console.log('again, same error', e.message);
}
