try {
  require('./tla.mjs');
} catch (e) {
  console.log(e.code);
  console.log(e.message);
}
require('./tla.mjs');
