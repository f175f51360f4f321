try {
  require('./a');
} catch (e) {
  console.log(e.message.split(__dirname).join('<dir>'));
  console.log(e.requireStack.map((p) => p.replace(__dirname, '<dir>')));
}
