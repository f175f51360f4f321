try {
  await import('./throws.cjs');
} catch (e) {
  console.log('caught:', e.message);
}
try {
  await import('./throws.cjs');
} catch (e) {
  console.log('again:', e.message);
}
import('./missing-dep.cjs').catch((e) => console.log(e.code));
