try {
  require('./throws.mjs');
} catch (e) {
  console.log('caught:', e.message);
}
try {
  require('./throws.mjs');
} catch (e) {
  console.log('again:', e.message);
}
