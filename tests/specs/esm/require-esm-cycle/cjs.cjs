try {
  require('./main.mjs');
} catch (e) {
  console.log(e.code);
}
